import { describe, expect, it } from 'vitest';
import { parseInboxSearch } from './inbox-search.js';

describe('parseInboxSearch', () => {
  it.each([
    ['2026-000123', { kind: 'caseNumber', caseNumber: '2026-000123' }],
    [' 2026-123 ', { kind: 'caseNumber', caseNumber: '2026-000123' }],
    ['19820310-2382', { kind: 'personnummer', personnummer: '198203102382' }],
    ['198203102382', { kind: 'personnummer', personnummer: '198203102382' }],
    ['820310-2382', { kind: 'personnummer', personnummer: '198203102382' }],
    ['8203102382', { kind: 'personnummer', personnummer: '198203102382' }],
    ['Kim  Tolv', { kind: 'name', words: ['Kim', 'Tolv'] }],
    ['8203102383', { kind: 'name', words: ['8203102383'] }],
  ])('reads %j', (input, expected) => {
    expect(parseInboxSearch(input)).toEqual(expected);
  });

  it('ignores an empty search', () => {
    expect(parseInboxSearch('   ')).toBeNull();
  });
});
