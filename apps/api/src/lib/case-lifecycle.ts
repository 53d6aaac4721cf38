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
