import type { Database } from '../../db/client.js';
import { requireStaffCase } from '../../lib/case-access.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { CaseHistoryRepository } from './case-history.repository.js';

interface CaseHistoryServiceDeps {
  db: Database;
  repository: CaseHistoryRepository;
  audit: Pick<AuditService, 'record'>;
}

/** The case history (Ärendehistorik) for staff: every event, internal ones included. */
export function createCaseHistoryService({ db, repository, audit }: CaseHistoryServiceDeps) {
  return {
    async list(identity: StaffIdentity, caseId: string, requestId: string) {
      const found = await requireStaffCase(db, identity, caseId);
      await audit.record({
        municipalityId: found.municipalityId,
        actorKind: 'staff',
        actorId: identity.staffId,
        action: 'case.history.read',
        entityType: 'case',
        entityId: caseId,
        requestId,
      });
      return repository.events(caseId);
    },
  };
}

export type CaseHistoryService = ReturnType<typeof createCaseHistoryService>;
