import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/client.js';
import type { StaffRole } from '../../db/schema/index.js';
import { ForbiddenError, NotFoundError } from '../../lib/errors.js';
import { codeListBinding, generateOneTimeCode, hashOneTimeCode } from '../../lib/one-time-codes.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { LoginThrottle } from '../auth/login-throttle.js';
import type { AccountsRepository } from './accounts.repository.js';

/** Numbered codes on one printed list: one sheet, enough for well over a year of monthly applications. */
const CODE_LIST_LENGTH = 40;

interface AccountsServiceDeps {
  db: Database;
  repository: AccountsRepository;
  throttle: Pick<LoginThrottle, 'unlock'>;
  audit: Pick<AuditService, 'record'>;
  secret: string;
}

/** What staff do for someone's login: print a code list, lift a lockout. Every action is audit-logged. */
export function createAccountsService({ db, repository, throttle, audit, secret }: AccountsServiceDeps) {
  function municipalityOf(identity: StaffIdentity, role: StaffRole) {
    if (identity.role !== role || !identity.municipalityId) throw new ForbiddenError(`Only for a ${role}`);
    return identity.municipalityId;
  }

  /** Another municipality's applicant does not exist for this caseworker. */
  async function applicantOf(identity: StaffIdentity, applicantId: string) {
    const municipalityId = municipalityOf(identity, 'caseworker');
    const applicant = await repository.findApplicant(municipalityId, applicantId);
    if (!applicant) throw new NotFoundError('No such applicant');
    return { municipalityId, applicant };
  }

  const audited = (identity: StaffIdentity, municipalityId: string, requestId: string) => ({
    municipalityId,
    actorKind: 'staff' as const,
    actorId: identity.staffId,
    requestId,
  });

  return {
    /** The codes in clear go into this one answer, for printing; only their hashes are kept. */
    async issueCodeList(identity: StaffIdentity, applicantId: string, requestId: string) {
      const { municipalityId, applicant } = await applicantOf(identity, applicantId);
      const listId = randomUUID();
      const codes = Array.from({ length: CODE_LIST_LENGTH }, (_, index) => ({
        number: index + 1,
        code: generateOneTimeCode(),
      }));
      const list = await db.transaction(async (tx) => {
        const created = await repository.replaceCodeList(
          tx,
          { id: listId, municipalityId, applicantId: applicant.id, issuedByStaffId: identity.staffId },
          codes.map(({ number, code }) => ({
            number,
            codeHash: hashOneTimeCode(secret, codeListBinding(listId, number), code),
          })),
        );
        await audit.record(
          {
            ...audited(identity, municipalityId, requestId),
            action: 'issue_login_code_list',
            entityType: 'applicant',
            entityId: applicant.id,
            details: { listId },
          },
          tx,
        );
        return created;
      });
      return { listId, issuedAt: list.createdAt, codes };
    },

    async unlockApplicant(identity: StaffIdentity, applicantId: string, requestId: string) {
      const { municipalityId, applicant } = await applicantOf(identity, applicantId);
      await db.transaction(async (tx) => {
        await throttle.unlock(
          { kind: 'applicant', municipality: applicant.municipalitySlug, personnummer: applicant.personnummer },
          tx,
        );
        await audit.record(
          {
            ...audited(identity, municipalityId, requestId),
            action: 'unlock_login',
            entityType: 'applicant',
            entityId: applicant.id,
          },
          tx,
        );
      });
    },

    async unlockStaff(identity: StaffIdentity, staffId: string, requestId: string) {
      const municipalityId = municipalityOf(identity, 'admin');
      const member = await repository.findStaff(municipalityId, staffId);
      if (!member) throw new NotFoundError('No such staff member');
      await db.transaction(async (tx) => {
        await throttle.unlock({ kind: 'staff', username: member.username }, tx);
        await audit.record(
          {
            ...audited(identity, municipalityId, requestId),
            action: 'unlock_login',
            entityType: 'staff',
            entityId: member.id,
          },
          tx,
        );
      });
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
