import type { Database } from '../../db/client.js';
import { requireChangeableStaffCase, requireStaffCase } from '../../lib/case-access.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { StaffNotifier } from '../notifications/staff-notifier.js';
import type { InternalNotesRepository } from './internal-notes.repository.js';

interface InternalNotesServiceDeps {
  db: Database;
  repository: InternalNotesRepository;
  audit: Pick<AuditService, 'record'>;
  staffNotifier: Pick<StaffNotifier, 'caseNews'>;
}

/**
 * Internal notes (Interna anteckningar): staff write to each other about a case. No applicant route
 * reads them, and their event (`note_added`) is not on the applicant's timeline.
 */
export function createInternalNotesService({ db, repository, audit, staffNotifier }: InternalNotesServiceDeps) {
  const audited = (identity: StaffIdentity, municipalityId: string, caseId: string, requestId: string) => ({
    municipalityId,
    actorKind: 'staff' as const,
    actorId: identity.staffId,
    entityType: 'case',
    entityId: caseId,
    requestId,
  });

  return {
    async list(identity: StaffIdentity, caseId: string, requestId: string) {
      const found = await requireStaffCase(db, identity, caseId);
      await audit.record({ ...audited(identity, found.municipalityId, caseId, requestId), action: 'case.notes.read' });
      return repository.list(caseId);
    },

    async add(identity: StaffIdentity, caseId: string, body: string, requestId: string) {
      const found = await requireChangeableStaffCase(db, identity, caseId);
      return db.transaction(async (tx) => {
        const note = await repository.insert(tx, { caseId, staffId: identity.staffId, body });
        await repository.insertEvent(tx, {
          caseId,
          type: 'note_added',
          actorKind: 'staff',
          actorId: identity.staffId,
          data: { noteId: note.id },
        });
        await staffNotifier.caseNews(tx, caseId, 'internal-note', identity.staffId);
        await audit.record(
          {
            ...audited(identity, found.municipalityId, caseId, requestId),
            action: 'case.note.add',
            details: { noteId: note.id },
          },
          tx,
        );
        return { ...note, authorId: note.staffId, authorName: await repository.authorName(tx, identity.staffId) };
      });
    },
  };
}

export type InternalNotesService = ReturnType<typeof createInternalNotesService>;
