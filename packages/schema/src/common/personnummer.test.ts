import { describe, expect, it } from 'vitest';
import { personnummerSchema } from './fields.js';
import {
  ageOn,
  formatIdentityNumber,
  identityNumberIssue,
  luhnCheckDigit,
  parseIdentityNumber,
} from './personnummer.js';

const today = new Date(Date.UTC(2026, 10, 22));

describe('parseIdentityNumber', () => {
  it.each([
    ['12 digits', '191212121212', '191212121212', '1912-12-12'],
    ['12 digits with hyphen', '19121212-1212', '191212121212', '1912-12-12'],
    ['10 digits with plus: 100 years or older', '121212+1212', '191212121212', '1912-12-12'],
    ['10 digits with hyphen: latest century', '121212-1212', '201212121212', '2012-12-12'],
    ['10 digits, no separator', '1212121212', '201212121212', '2012-12-12'],
    ['spaces are ignored', ' 19121212 1212 ', '191212121212', '1912-12-12'],
    ['born last century, 10 digits', '900101-0009', '199001010009', '1990-01-01'],
    ['born this century, 10 digits', '0501015556', '200501015556', '2005-01-01'],
  ])('accepts %s', (_case, input, normalized, birthDate) => {
    expect(parseIdentityNumber(input, today)).toEqual({ normalized, kind: 'personnummer', birthDate });
  });

  it('puts a 10-digit date that would be in the future in the previous century', () => {
    const nine = '261231123';
    expect(parseIdentityNumber(`${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`, today)?.birthDate).toBe(
      '1926-12-31',
    );
  });

  it('recognises a samordningsnummer (day + 60)', () => {
    const nine = '701063239';
    expect(parseIdentityNumber(`19${nine}${luhnCheckDigit(nine)}`, today)).toMatchObject({
      kind: 'samordningsnummer',
      birthDate: '1970-10-03',
    });
  });

  it.each([
    ['a wrong check digit', '191212121213'],
    ['an impossible date', '199002300000'],
    ['too few digits', '12121212'],
    ['letters', 'hello'],
    ['an interim number', '880209-T050'],
  ])('rejects %s', (_case, input) => {
    expect(parseIdentityNumber(input, today)).toBeNull();
  });
});

describe('identityNumberIssue', () => {
  it.each([
    ['191212121212', null],
    ['191212121213', 'personnummer_invalid'],
    ['880209-T050', 'personnummer_interim'],
    ['19880209T050', 'personnummer_interim'],
  ])('%s → %s', (input, expected) => {
    expect(identityNumberIssue(input, today)).toBe(expected);
  });

  it('gives the schema field a clear message code for interim numbers', () => {
    const result = personnummerSchema.safeParse('880209-T050');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('personnummer_interim');
  });
});

describe('ageOn', () => {
  it.each([
    ['1990-11-22', 36],
    ['1990-11-23', 35],
    ['2008-02-29', 18],
    ['2026-11-22', 0],
  ])('born %s is %i on 2026-11-22', (birthDate, age) => {
    expect(ageOn(birthDate, today)).toBe(age);
  });
});

describe('formatIdentityNumber', () => {
  it('formats 12 digits for people', () => {
    expect(formatIdentityNumber('191212121212')).toBe('19121212-1212');
  });
});
