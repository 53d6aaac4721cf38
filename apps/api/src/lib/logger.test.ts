import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions, maskIdentityNumbers } from './logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino(loggerOptions('info'), stream), output: () => lines.join('') };
}

describe('logging without personal data', () => {
  it('redacts personnummer, names, passwords, tokens and cookies by field', () => {
    const { logger, output } = capture();
    logger.info(
      {
        personnummer: '191212121212',
        applicant: { givenName: 'Tolvan', familyName: 'Tolvansson', password: 'hemligt' },
        token: 'eyJhbGciOi',
        req: { method: 'GET', url: '/x', id: 'r1', headers: { cookie: 'ebistans_session=abc' } },
      },
      'something happened',
    );
    const text = output();
    for (const secret of ['191212121212', 'Tolvan', 'Tolvansson', 'hemligt', 'eyJhbGciOi', 'ebistans_session=abc']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('something happened');
  });

  it('masks identity numbers inside URLs, e.g. a search', () => {
    expect(maskIdentityNumbers('/api/staff/cases?q=19121212-1212&x=1')).toBe('/api/staff/cases?q=************&x=1');
    expect(maskIdentityNumbers('/api/x?q=1212121212')).toBe('/api/x?q=************');
  });
});
