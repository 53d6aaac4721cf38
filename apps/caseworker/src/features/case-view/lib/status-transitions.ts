import type { StaffStatusChange } from '../api/case-actions';

/**
 * The statuses a caseworker may set by hand from each status: the API's transition table
 * (apps/api/src/lib/case-lifecycle.ts) narrowed to what POST …/status accepts; supplement statuses
 * follow from a request and from the applicant's answer instead.
 */
const nextStatuses: Record<string, readonly StaffStatusChange[]> = {
  submitted: ['in_progress', 'decided', 'withdrawn'],
  in_progress: ['decided', 'withdrawn'],
  awaiting_supplement: ['in_progress', 'decided', 'withdrawn'],
  supplemented: ['in_progress', 'decided', 'withdrawn'],
  decided: ['closed', 'in_progress'],
};

export function allowedStatusChanges(status: string): readonly StaffStatusChange[] {
  return nextStatuses[status] ?? [];
}
