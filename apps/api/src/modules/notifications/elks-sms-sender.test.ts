import { startElksSimulator, type ElksSimulator } from '@ebistans/testing/elks-simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElksSmsSender, toE164 } from './elks-sms-sender.js';

describe('toE164', () => {
  it('turns Swedish mobile numbers, however typed, into +467…', () => {
    for (const typed of ['070-123 45 67', '0701234567', '+46701234567', '+46 (0)70 123 45 67', '0046 70 123 45 67']) {
      expect(toE164(typed)).toBe('+46701234567');
    }
  });

  it('keeps a foreign number already in E.164, and refuses what is not a mobile number', () => {
    expect(toE164('+358 40 123 4567')).toBe('+358401234567');
    for (const bad of ['08-123 456 78', '+4681234567', '12345', 'inget nummer']) {
      expect(() => toE164(bad)).toThrowError(/not a Swedish mobile number/);
    }
  });
});

describe('createElksSmsSender', () => {
  let elks: ElksSimulator;
  beforeAll(async () => {
    elks = await startElksSimulator();
  });
  afterAll(() => elks.close());

  const sender = (password = elks.password) =>
    createElksSmsSender({ kind: '46elks', apiUrl: elks.url, username: elks.username, password, from: 'Ekbistand' });

  it('posts from, to and message with Basic auth, as 46elks takes them', async () => {
    await sender().send('070-123 45 67', 'Hej från kommunen');
    expect(elks.messages.at(-1)).toMatchObject({ from: 'Ekbistand', to: '+46701234567', message: 'Hej från kommunen' });
  });

  it('throws on any answer but 2xx, so the job is retried', async () => {
    elks.failNext(1);
    await expect(sender().send('0701234567', 'x')).rejects.toThrowError(/46elks answered 503/);
    await expect(sender('wrong').send('0701234567', 'x')).rejects.toThrowError(/46elks answered 401/);
  });
});
