import type { StaffSettableStatus } from '../../lib/case-lifecycle.js';
import { AppError } from '../../lib/errors.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { CaseHandlingService } from '../case-handling/case-handling.service.js';

interface BulkStatusServiceDeps {
  caseHandling: Pick<CaseHandlingService, 'changeStatus'>;
}

export interface BulkStatusInput {
  caseIds: string[];
  status: StaffSettableStatus;
  notifyApplicant: boolean;
}

/**
 * "Ändra status" on cases ticked in the inbox: each case goes through the one status change (lifecycle,
 * access, audit log, case event) on its own, so one case that cannot change does not stop the others; the
 * answer says per case what happened.
 */
export function createBulkStatusService({ caseHandling }: BulkStatusServiceDeps) {
  return {
    async change(identity: StaffIdentity, input: BulkStatusInput, requestId: string) {
      const results = [];
      for (const caseId of new Set(input.caseIds)) {
        try {
          await caseHandling.changeStatus(identity, caseId, { status: input.status }, requestId, {
            notifyApplicant: input.notifyApplicant,
          });
          results.push({ caseId, changed: true, problem: null });
        } catch (error) {
          // A staff member who handles no cases is refused as a whole, as for one case.
          if (!(error instanceof AppError) || error.status === 403) throw error;
          results.push({ caseId, changed: false, problem: error.slug });
        }
      }
      return { results };
    },
  };
}

export type BulkStatusService = ReturnType<typeof createBulkStatusService>;
