import { describe, expect, it } from 'vitest';
import { formatDueDay } from '@ebistans/ui';

describe('the due day', () => {
  it('is the day before the midnight the case becomes overdue, in Swedish time', () => {
    // Midnight 5 December in Stockholm (UTC+1) is 23:00 UTC on 4 December.
    expect(formatDueDay('2026-12-04T23:00:00.000Z', 'sv')).toBe('4 december 2026');
    expect(formatDueDay('2026-12-04T23:00:00.000Z', 'en')).toBe('4 December 2026');
  });
});
