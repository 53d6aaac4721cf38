import { createHmac, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';

export function generateOneTimeCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** Codes are stored as an HMAC bound to their challenge, never in clear. */
export function hashOneTimeCode(secret: string, challengeId: string, code: string): string {
  return createHmac('sha256', secret).update(`${challengeId}:${code}`).digest('hex');
}

export function oneTimeCodeMatches(secret: string, challengeId: string, code: string, storedHash: string): boolean {
  const actual = Buffer.from(hashOneTimeCode(secret, challengeId, code), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** "070-123 45 67" → "070-*** ** 67": enough for the user to recognise, nothing more. */
export function maskPhoneNumber(mobile: string): string {
  const digits = mobile.replace(/\D/g, '');
  return `${digits.slice(0, 3)}-*** ** ${digits.slice(-2)}`;
}

/** A printed code is bound to its list and number, as an SMS code is bound to its challenge. */
export const codeListBinding = (listId: string, number: number) => `${listId}:${number}`;

/** Numbered codes on one printed list: one sheet, enough for well over a year of monthly logins. */
const CODE_LIST_LENGTH = 40;

/**
 * A new printed code list: its id, the codes in clear (for the printout only) and their hashes (for the
 * database), each bound to the list and its number.
 */
export function newCodeList(secret: string) {
  const listId = randomUUID();
  const codes = Array.from({ length: CODE_LIST_LENGTH }, (_, index) => ({
    number: index + 1,
    code: generateOneTimeCode(),
  }));
  const hashes = codes.map(({ number, code }) => ({
    number,
    codeHash: hashOneTimeCode(secret, codeListBinding(listId, number), code),
  }));
  return { listId, codes, hashes };
}
