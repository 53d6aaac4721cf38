import { caseScopeFor } from '../../lib/case-access.js';
import { coApplicantOf } from '../../lib/co-applicant.js';
import { NotFoundError } from '../../lib/errors.js';
import type { FileStore } from '../../lib/storage/index.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { InboxPageRequest, InboxRepository } from './inbox.repository.js';

interface InboxServiceDeps {
  repository: InboxRepository;
  audit: AuditService;
  fileStore: FileStore;
}

/** Every staff read of case data is audit-logged before the data is returned. */
export function createInboxService({ repository, audit, fileStore }: InboxServiceDeps) {
  async function readCase(identity: StaffIdentity, caseId: string, requestId: string, action: string) {
    const scope = caseScopeFor(identity);
    const found = await repository.find(scope, identity.staffId, caseId);
    if (!found) throw new NotFoundError('Case not found');
    await audit.record({
      municipalityId: scope.municipalityId,
      actorKind: 'staff',
      actorId: identity.staffId,
      action,
      entityType: 'case',
      entityId: found.id,
      requestId,
    });
    return found;
  }

  return {
    /** The search text is not logged (it may be a personnummer); which cases it showed is. */
    async list(identity: StaffIdentity, request: InboxPageRequest, requestId: string) {
      const scope = caseScopeFor(identity);
      const result = await repository.list(scope, identity.staffId, request);
      await audit.record({
        municipalityId: scope.municipalityId,
        actorKind: 'staff',
        actorId: identity.staffId,
        action: 'case.list',
        entityType: 'case',
        entityId: null,
        requestId,
        details: {
          tab: request.tab,
          page: request.page,
          searchKind: request.filters.search?.kind ?? null,
          caseIds: result.items.map((item) => item.id),
        },
      });
      return result;
    },

    async get(identity: StaffIdentity, caseId: string, requestId: string) {
      const found = await readCase(identity, caseId, requestId, 'case.read');
      return { ...found, coApplicant: coApplicantOf(found.data) };
    },

    /** The application PDF made at submission; downloading it is a read of the case and is logged as one. */
    async pdf(identity: StaffIdentity, caseId: string, requestId: string) {
      const found = await readCase(identity, caseId, requestId, 'case.pdf.download');
      if (!found.pdfStorageKey) throw new NotFoundError('The case has no PDF');
      return { caseNumber: found.caseNumber, body: await fileStore.get(found.pdfStorageKey) };
    },
  };
}

export type InboxService = ReturnType<typeof createInboxService>;
