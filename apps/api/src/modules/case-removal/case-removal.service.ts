import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client.js';
import { requireChangeableStaffCase, requireStaffCase } from '../../lib/case-access.js';
import { CaseStateError, isCaseDeletable } from '../../lib/case-retention.js';
import { ConflictError, ForbiddenError } from '../../lib/errors.js';
import type { FileStore } from '../../lib/storage/index.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { CaseRemovalRepository } from './case-removal.repository.js';

interface CaseRemovalServiceDeps {
  db: Database;
  repository: CaseRemovalRepository;
  audit: Pick<AuditService, 'record'>;
  fileStore: Pick<FileStore, 'delete'>;
  log: FastifyBaseLogger;
}

/** Handing over and deleting end the case's life here, so they are the caseworker's, not the assistant's. */
function requireCaseworker(identity: StaffIdentity) {
  if (identity.role !== 'caseworker') {
    throw new ForbiddenError('Only caseworkers hand over and delete cases');
  }
}

/**
 * How a case leaves the active inbox: handed over to the municipality's case system ("Markera som
 * övertagen", undoable), or deleted with its rows and files. Both are audit-logged; the hand-over is
 * also a case event.
 */
export function createCaseRemovalService({ db, repository, audit, fileStore, log }: CaseRemovalServiceDeps) {
  /** The mark, its case event and its audit entry in one transaction; a colleague who was first gets 409. */
  async function record(
    identity: StaffIdentity,
    found: { id: string; municipalityId: string },
    requestId: string,
    takenOverAt: Date | null,
  ) {
    await db.transaction(async (tx) => {
      if (!(await repository.setTakenOver(tx, found.id, takenOverAt))) {
        throw new ConflictError('Ärendet har ändrats under tiden; ladda om sidan.');
      }
      await repository.insertEvent(tx, {
        caseId: found.id,
        type: takenOverAt ? 'handed_over' : 'hand_over_undone',
        actorKind: 'staff',
        actorId: identity.staffId,
      });
      await audit.record(
        {
          municipalityId: found.municipalityId,
          actorKind: 'staff',
          actorId: identity.staffId,
          action: takenOverAt ? 'case.hand-over' : 'case.hand-over.undo',
          entityType: 'case',
          entityId: found.id,
          requestId,
        },
        tx,
      );
    });
    return { handedOverAt: takenOverAt };
  }

  return {
    async handOver(identity: StaffIdentity, caseId: string, requestId: string) {
      requireCaseworker(identity);
      const found = await requireChangeableStaffCase(db, identity, caseId);
      if (found.isTest) {
        throw new CaseStateError('test-case', 'Ett testärende lämnas inte över till verksamhetssystemet.');
      }
      return record(identity, found, requestId, new Date());
    },

    async undoHandOver(identity: StaffIdentity, caseId: string, requestId: string) {
      requireCaseworker(identity);
      const found = await requireStaffCase(db, identity, caseId);
      if (!found.takenOverAt) throw new ConflictError('Ärendet är inte markerat som övertaget.');
      return record(identity, found, requestId, null);
    },

    /**
     * The audit entry outlives the case (the log has no foreign key to it) and names it only by id and
     * case number. Files are removed after the commit: one that cannot be removed then is an orphan in
     * the store, never a row pointing at a missing file.
     */
    async delete(identity: StaffIdentity, caseId: string, requestId: string) {
      requireCaseworker(identity);
      const found = await requireStaffCase(db, identity, caseId);
      if (!isCaseDeletable(found)) {
        throw new CaseStateError(
          'case-not-deletable',
          'Ärendet kan tas bort först när det är avslutat, återkallat eller överlämnat, eller om det är ett testärende.',
        );
      }
      const storageKeys = await db.transaction(async (tx) => {
        const keys = await repository.storageKeys(tx, caseId);
        await repository.deleteCase(tx, caseId);
        await audit.record(
          {
            municipalityId: found.municipalityId,
            actorKind: 'staff',
            actorId: identity.staffId,
            action: 'case.delete',
            entityType: 'case',
            entityId: caseId,
            requestId,
            details: { caseNumber: found.caseNumber, status: found.status, isTest: found.isTest, files: keys.length },
          },
          tx,
        );
        return keys;
      });
      const results = await Promise.allSettled(storageKeys.map((key) => fileStore.delete(key)));
      const failed = results.filter((result) => result.status === 'rejected').length;
      if (failed > 0) log.warn({ failed }, 'deleted case left files in the file store');
    },
  };
}

export type CaseRemovalService = ReturnType<typeof createCaseRemovalService>;
