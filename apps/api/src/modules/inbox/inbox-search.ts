import { parseApplicantSearch, type ApplicantSearch } from '../../lib/applicant-search.js';

/** What a caseworker typed in the inbox's search box, recognised as one kind of key. */
export type InboxSearch = { kind: 'caseNumber'; caseNumber: string } | ApplicantSearch;

const caseNumberPattern = /^(\d{4})-(\d{1,6})$/;

/**
 * A case number (2026-000123, or 2026-123), a personnummer or samordningsnummer in any usual form
 * (10 or 12 digits, with or without separator), or else the start of the applicant's names, word by word.
 */
export function parseInboxSearch(input: string): InboxSearch | null {
  const text = input.trim();
  if (!text) return null;
  const caseNumber = caseNumberPattern.exec(text);
  if (caseNumber) return { kind: 'caseNumber', caseNumber: `${caseNumber[1]}-${caseNumber[2]!.padStart(6, '0')}` };
  return parseApplicantSearch(text);
}
