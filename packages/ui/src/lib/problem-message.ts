import type { TFunction } from 'i18next';
import { ProblemError, problemSlug } from './problem.js';

const knownSlugs = new Set([
  'validation',
  'invalid-form',
  'unauthorized',
  'invalid-credentials',
  'invalid-code',
  'challenge-expired',
  'session-expired',
  'forbidden',
  'not-found',
  'conflict',
  'rate-limited',
  'internal',
  'unavailable',
  'unknown-form',
  'form-outdated',
  'no-second-factor',
  'account-locked',
  'login-method-disabled',
  'no-applicant-account',
  'account-deactivated',
  'bankid-already-in-progress',
  'bankid-unavailable',
  'sms-unavailable',
  'no-code-list',
  'code-list-used-up',
  'case-closed',
  'stale-draft',
  'draft-exists',
  'signature-required',
  'signature-mismatch',
  'signature-used',
  'case-handed-over',
  'case-not-deletable',
  'test-case',
  'no-changes',
  'invalid-decision',
  'no-calculation',
]);

function slugForStatus(status: number): string {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  if (status >= 500) return 'internal';
  return 'generic';
}

/**
 * Plain-language text for anything a query or mutation threw: a problem from the API by its type,
 * a failed fetch (offline, DNS, proxy down) as a network problem, anything else as a generic error.
 */
export function problemMessage(error: unknown, t: TFunction): string {
  if (error instanceof ProblemError) {
    const slug = problemSlug(error.problem);
    const key = slug !== undefined && knownSlugs.has(slug) ? slug : slugForStatus(error.problem.status);
    return t(`ui.problem.${key}`);
  }
  // fetch rejects with a TypeError when the request never got an answer.
  if (error instanceof TypeError) return t('ui.problem.network');
  return t('ui.problem.generic');
}
