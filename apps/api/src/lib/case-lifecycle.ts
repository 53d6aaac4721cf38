import type { CaseStatus } from '../db/schema/index.js';
import { ConflictError } from './errors.js';

/** The one table of allowed status changes (docs/architecture.md, "Case lifecycle"). */
const transitions: Record<CaseStatus, readonly CaseStatus[]> = {
  submitted: ['in_progress', 'awaiting_supplement', 'decided', 'withdrawn'],
  in_progress: ['awaiting_supplement', 'decided', 'withdrawn'],
  awaiting_supplement: ['supplemented', 'in_progress', 'decided', 'withdrawn'],
  supplemented: ['in_progress', 'awaiting_supplement', 'decided', 'withdrawn'],
  decided: ['closed', 'in_progress'],
  closed: [],
  withdrawn: [],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return transitions[from].includes(to);
}

export function assertTransition(from: CaseStatus, to: CaseStatus): void {
  if (!canTransition(from, to)) throw new ConflictError(`A case that is ${from} cannot become ${to}`);
}

/**
 * The statuses a caseworker sets directly. Awaiting a supplement comes with a supplement request (what
 * is missing, by when), "supplemented" with the applicant's supplement, and "decided" only with a
 * recorded decision (outcome, amount, calculation), so no case is decided without one.
 */
export const STAFF_SETTABLE_STATUSES = ['in_progress', 'closed', 'withdrawn'] as const;
export type StaffSettableStatus = (typeof STAFF_SETTABLE_STATUSES)[number];

function isStaffSettable(status: CaseStatus): status is StaffSettableStatus {
  return (STAFF_SETTABLE_STATUSES as readonly CaseStatus[]).includes(status);
}

/** What a caseworker may change a case to from `from`, so the SPA offers exactly what the API accepts. */
export function staffStatusChanges(from: CaseStatus): StaffSettableStatus[] {
  return transitions[from].filter(isStaffSettable);
}
