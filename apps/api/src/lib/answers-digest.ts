import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every level (as in RFC 8785 for the values answers can hold), so the
 * same answers always give the same bytes, whatever order the browser sent the keys in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What a BankID signature of an application covers: SHA-256 (hex) of the canonical JSON of the form id,
 * its version and the visible answers. Anyone holding the case can recompute it from the stored answers.
 */
export function answersDigest(formId: string, formVersion: number, data: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalJson({ formId, formVersion, data }), 'utf8').digest('hex');
}
