import { parseIdentityNumber } from '@ebistans/schema';
import { describe, expect, it } from 'vitest';
import { testApplicantPersonnummer } from './test-applicant-number.js';

describe('testApplicantPersonnummer', () => {
  it('makes valid personnummer born in 1800, from the first to the last day of the year', () => {
    for (const random of [() => 0, () => 0.5, () => 0.9999]) {
      const number = testApplicantPersonnummer(random);
      const parsed = parseIdentityNumber(number);
      expect(parsed?.normalized).toBe(number);
      expect(parsed?.kind).toBe('personnummer');
      expect(parsed?.birthDate.startsWith('1800-')).toBe(true);
    }
    expect(testApplicantPersonnummer(() => 0).slice(0, 8)).toBe('18000101');
    expect(testApplicantPersonnummer(() => 0.9999).slice(0, 8)).toBe('18001231');
  });
});
