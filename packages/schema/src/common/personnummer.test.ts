import { describe, expect, it } from 'vitest';
import { formatIdentityNumber, luhnCheckDigit, parseIdentityNumber } from './personnummer.js';

const today = new Date(Date.UTC(2026, 10, 22));

describe('parseIdentityNumber', () => {
  it('accepts the 10- and 12-digit forms with or without separator and stores 12 digits', () => {
    for (const input of ['191212121212', '19121212-1212', '121212+1212', ' 19121212 1212 ']) {
      expect(parseIdentityNumber(input, today)?.normalized).toBe('191212121212');
    }
  });

  it('puts a 10-digit number in the latest century that is not in the future', () => {
    expect(parseIdentityNumber('900101-0009', today)?.normalized).toBe('199001010009');
    expect(parseIdentityNumber('0501015556', today)?.birthDate).toBe('2005-01-01');
  });

  it('reads a plus sign as 100 years or older', () => {
    expect(parseIdentityNumber('121212+1212', today)?.birthDate).toBe('1912-12-12');
    expect(parseIdentityNumber('121212-1212', today)?.birthDate).toBe('2012-12-12');
  });

  it('rejects a wrong check digit, an impossible date and garbage', () => {
    expect(parseIdentityNumber('191212121213', today)).toBeNull();
    expect(parseIdentityNumber('19900230' + '0000', today)).toBeNull();
    expect(parseIdentityNumber('hello', today)).toBeNull();
  });

  it('recognises a samordningsnummer (day + 60)', () => {
    const nine = '701063' + '239';
    const parsed = parseIdentityNumber(`19${nine}${luhnCheckDigit(nine)}`, today);
    expect(parsed).toMatchObject({ kind: 'samordningsnummer', birthDate: '1970-10-03' });
  });

  it('formats 12 digits for people', () => {
    expect(formatIdentityNumber('191212121212')).toBe('19121212-1212');
  });
});
