import { parseIdentityNumber } from '@ebistans/schema';
import { and, or, sql, type SQL } from 'drizzle-orm';
import { applicants } from '../db/schema/index.js';

/** What a search box held: an exact identity number, or the starts of names, word by word. */
export type ApplicantSearch = { kind: 'personnummer'; personnummer: string } | { kind: 'name'; words: string[] };

/**
 * A personnummer or samordningsnummer in any usual form (10 or 12 digits, with or without separator),
 * or else the start of the applicant's names, word by word.
 */
export function parseApplicantSearch(input: string): ApplicantSearch | null {
  const text = input.trim();
  if (!text) return null;
  const identity = parseIdentityNumber(text);
  if (identity) return { kind: 'personnummer', personnummer: identity.normalized };
  return { kind: 'name', words: text.split(/\s+/) };
}

const likePrefix = (word: string) => `${word.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * A name word in lower case and capitalised. Matching both against lower() of the names is
 * case-insensitive for Å, Ä and Ö even in a database with the C locale (the embedded one), where
 * lower() folds only ASCII; lower() on both sides keeps the expression the name indexes hold.
 */
const spellings = (word: string) => {
  const lower = word.toLocaleLowerCase('sv');
  return [...new Set([lower, lower.charAt(0).toLocaleUpperCase('sv') + lower.slice(1)])];
};

/** Every word starts the applicant's given or family name. */
export function nameWordsCondition(words: string[]): SQL {
  return and(
    ...words.map((word) =>
      or(
        ...spellings(word).flatMap((spelling) => [
          sql`lower(${applicants.givenName}) like lower(${likePrefix(spelling)})`,
          sql`lower(${applicants.familyName}) like lower(${likePrefix(spelling)})`,
        ]),
      )!,
    ),
  )!;
}
