/**
 * A new Idempotency-Key for one submission: 128 random bits in hex. getRandomValues also works where
 * crypto.randomUUID does not (a page served over plain http inside a municipal network).
 */
export function newSubmissionKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
