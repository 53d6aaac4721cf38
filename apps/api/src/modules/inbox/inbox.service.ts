import { ForbiddenError, NotFoundError } from '../../lib/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { InboxRepository, InboxScope, InboxTab } from './inbox.repository.js';

interface InboxServiceDeps {
  repository: InboxRepository;
  audit: AuditService;
}

const CASE_ROLES = new Set(['caseworker', 'assistant']);

function scopeFor(identity: StaffIdentity): InboxScope {
  if (!identity.municipalityId || !CASE_ROLES.has(identity.role)) {
    throw new ForbiddenError('Only caseworkers and assistants of a municipality handle cases');
  }
  return { municipalityId: identity.municipalityId, onlyAssignedTo: identity.restricted ? identity.staffId : null };
}

/** Every staff read of case data is audit-logged before the data is returned. */
export function createInboxService({ repository, audit }: InboxServiceDeps) {
  return {
    async list(identity: StaffIdentity, tab: InboxTab, page: number, pageSize: number, requestId: string) {
      const scope = scopeFor(identity);
      const result = await repository.list(scope, tab, page, pageSize);
      await audit.record({
        municipalityId: scope.municipalityId,
        actorKind: 'staff',
        actorId: identity.staffId,
        action: 'case.list',
        entityType: 'case',
        entityId: null,
        requestId,
        details: { tab, page, caseIds: result.items.map((item) => item.id) },
      });
      return result;
    },

    async get(identity: StaffIdentity, caseId: string, requestId: string) {
      const scope = scopeFor(identity);
      const found = await repository.find(scope, caseId);
      if (!found) throw new NotFoundError('Case not found');
      await audit.record({
        municipalityId: scope.municipalityId,
        actorKind: 'staff',
        actorId: identity.staffId,
        action: 'case.read',
        entityType: 'case',
        entityId: found.id,
        requestId,
      });
      return found;
    },
  };
}

export type InboxService = ReturnType<typeof createInboxService>;
