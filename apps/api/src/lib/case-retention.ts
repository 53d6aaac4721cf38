import { isEndedStatus, type CaseStatus } from '../db/schema/index.js';
import { AppError } from './errors.js';

/**
 * A change the case's state does not allow, with Swedish text for the caseworker (409). The slug tells
 * the SPA which: the case was handed over, cannot be deleted yet, or is a test case.
 */
export class CaseStateError extends AppError {
  readonly status = 409;
  constructor(
    readonly slug: 'case-handed-over' | 'case-not-deletable' | 'test-case',
    message: string,
  ) {
    super(message);
  }
}

interface RetainedCase {
  status: CaseStatus;
  isTest: boolean;
  takenOverAt: Date | null;
}

/**
 * A case may be deleted once nothing more happens to it here: the applicant withdrew it, or it was closed
 * after the decision. A handed-over case lives on in the municipality's case system, and
 * a test case was never real; both may be deleted at any status. Any other case is still being handled.
 */
export function isCaseDeletable(found: RetainedCase): boolean {
  return found.isTest || found.takenOverAt !== null || isEndedStatus(found.status);
}

/** A handed-over case is read-only history: the municipality's case system holds it now. */
export function assertNotHandedOver(found: Pick<RetainedCase, 'takenOverAt'>): void {
  if (found.takenOverAt) {
    throw new CaseStateError(
      'case-handed-over',
      'Ärendet är markerat som övertaget av verksamhetssystemet och kan inte ändras här.',
    );
  }
}
