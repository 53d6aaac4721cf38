import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new client secret: 32 random bytes, base64url (43 characters). */
export const newClientSecret = () => randomBytes(32).toString('base64url');

/**
 * SHA-256, unsalted and unkeyed, on purpose: the secret is 256 random bits, so no guessing attack is
 * feasible however fast the hash is, and a slow one (scrypt) would only cost CPU on every token request.
 * Not keyed with SESSION_SECRET either, so rotating that secret does not break every integration.
 */
export const hashClientSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

export function clientSecretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashClientSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** What admins see of a secret, to tell which one a case system holds. */
export const secretLast4 = (secret: string) => secret.slice(-4);
