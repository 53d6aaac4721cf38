import { ForbiddenError } from '../../lib/errors.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { AuditLogFilters, AuditLogRepository } from './audit-log.repository.js';
import type { AuditService } from './audit.service.js';

interface AuditLogServiceDeps {
  repository: AuditLogRepository;
  audit: Pick<AuditService, 'record'>;
}

/**
 * The municipality's audit log, for its administrators and (unrestricted) caseworkers. Assistants and
 * restricted caseworkers may not read it: it names every case and every colleague's reads, which is
 * more than their own access reaches. Reading the log is itself logged.
 */
export function createAuditLogService({ repository, audit }: AuditLogServiceDeps) {
  return {
    async page(identity: StaffIdentity, filters: AuditLogFilters, page: number, pageSize: number, requestId: string) {
      const allowed = identity.role === 'admin' || (identity.role === 'caseworker' && !identity.restricted);
      if (!identity.municipalityId || !allowed) {
        throw new ForbiddenError("Only the municipality's administrators and caseworkers read the audit log");
      }
      const result = await repository.page(identity.municipalityId, filters, page, pageSize);
      await audit.record({
        municipalityId: identity.municipalityId,
        actorKind: 'staff',
        actorId: identity.staffId,
        action: 'audit.read',
        entityType: 'audit_log',
        entityId: null,
        requestId,
        details: { ...filters, page },
      });
      return result;
    },
  };
}

export type AuditLogService = ReturnType<typeof createAuditLogService>;
