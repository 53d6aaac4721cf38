import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

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
