import { describe, expect, it } from 'vitest';
import { dueAfterWorkingDays } from './working-days.js';

describe('dueAfterWorkingDays', () => {
  it.each([
    // submitted (UTC), working days, due (UTC) = midnight Swedish time after the last working day
    ['a Monday: ten working days are two weeks', '2026-03-02T09:00:00Z', 10, '2026-03-16T23:00:00Z'],
    ['a Friday evening counts from the Friday', '2026-03-06T20:00:00Z', 1, '2026-03-09T23:00:00Z'],
    ['a Saturday counts like the Friday before', '2026-03-07T10:00:00Z', 1, '2026-03-09T23:00:00Z'],
    ['late evening in Sweden is the next Swedish day', '2026-03-05T23:30:00Z', 1, '2026-03-09T23:00:00Z'],
    ['across the change to summer time', '2026-03-27T09:00:00Z', 1, '2026-03-30T22:00:00Z'],
    ['Easter: Good Friday and Easter Monday are off', '2026-04-02T09:00:00Z', 1, '2026-04-07T22:00:00Z'],
    ['Ascension Day is off', '2026-05-13T09:00:00Z', 1, '2026-05-15T22:00:00Z'],
    ['Midsummer Eve is off', '2026-06-18T09:00:00Z', 1, '2026-06-22T22:00:00Z'],
    ['National Day on a weekday is off', '2029-06-05T09:00:00Z', 1, '2029-06-07T22:00:00Z'],
    ['Christmas to New Year', '2025-12-23T09:00:00Z', 3, '2026-01-02T23:00:00Z'],
    ['Epiphany is off', '2027-01-05T09:00:00Z', 1, '2027-01-07T23:00:00Z'],
  ])('%s', (_, submitted, days, due) => {
    expect(dueAfterWorkingDays(new Date(submitted), days).toISOString()).toBe(new Date(due).toISOString());
  });
});
