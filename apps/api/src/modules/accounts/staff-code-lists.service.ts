import type { Database } from '../../db/client.js';
import { adminMunicipalityOf } from '../../lib/admin-access.js';
import { NotFoundError } from '../../lib/errors.js';
import { newCodeList } from '../../lib/one-time-codes.js';
import { renderCodeListPdf } from '../../lib/pdf/code-list-pdf.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { StaffCodeListsRepository } from './staff-code-lists.repository.js';

interface StaffCodeListsServiceDeps {
  db: Database;
  repository: StaffCodeListsRepository;
  audit: Pick<AuditService, 'record'>;
  secret: string;
}

/**
 * An admin prints a staff member's second factor when SMS does not suit them (no work phone, no
 * coverage in the office). With an active list, the staff login asks for one of its codes instead of an SMS.
 */
export function createStaffCodeListsService({ db, repository, audit, secret }: StaffCodeListsServiceDeps) {
  return {
    /** The codes in clear exist only in the returned PDF; only their hashes are kept. Voids the previous list. */
    async issue(identity: StaffIdentity, staffId: string, requestId: string) {
      const municipalityId = adminMunicipalityOf(identity);
      const member = await repository.findStaff(municipalityId, staffId);
      if (!member) throw new NotFoundError('No such staff member');
      const { listId, codes, hashes } = newCodeList(secret);
      const list = await db.transaction(async (tx) => {
        const created = await repository.replaceCodeList(
          tx,
          { id: listId, municipalityId, staffId: member.id, issuedByStaffId: identity.staffId },
          hashes,
        );
        await audit.record(
          {
            municipalityId,
            actorKind: 'staff',
            actorId: identity.staffId,
            requestId,
            action: 'issue_login_code_list',
            entityType: 'staff',
            entityId: member.id,
            details: { listId },
          },
          tx,
        );
        return created;
      });
      const pdf = await renderCodeListPdf({
        municipalityName: member.municipalityName,
        holderName: `${member.displayName} (${member.username})`,
        listId,
        issuedAt: list.createdAt,
        codes,
      });
      return { username: member.username, pdf };
    },
  };
}

export type StaffCodeListsService = ReturnType<typeof createStaffCodeListsService>;
