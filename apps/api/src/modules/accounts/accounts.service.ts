import { parseIdentityNumber } from '@ebistans/schema';
import type { Database } from '../../db/client.js';
import { adminMunicipalityOf } from '../../lib/admin-access.js';
import { applicantScopeFor } from '../../lib/applicant-access.js';
import { parseApplicantSearch } from '../../lib/applicant-search.js';
import { caseScopeCondition, caseScopeFor } from '../../lib/case-access.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.js';
import { newCodeList } from '../../lib/one-time-codes.js';
import { hashPassword } from '../../lib/passwords.js';
import { renderCodeListPdf } from '../../lib/pdf/code-list-pdf.js';
import type { AuditEntry, AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { LoginThrottle } from '../auth/login-throttle.js';
import type { AccountsRepository } from './accounts.repository.js';
import type { ApplicantSearchQuery, NewApplicant } from './accounts.schemas.js';
import { generatePassword } from './generated-password.js';

interface AccountsServiceDeps {
  db: Database;
  repository: AccountsRepository;
  throttle: Pick<LoginThrottle, 'unlock' | 'lockedUntil'>;
  audit: Pick<AuditService, 'record'>;
  secret: string;
}

/** Digits and a leading plus, so the number the SMS goes to is the same however it was typed. */
const normalizedMobile = (mobile: string) => mobile.trim().replace(/[^\d+]/g, '');

/**
 * What staff do for someone's login and account; who may do it is in lib/applicant-access.ts. Restricted
 * caseworkers cannot create accounts (a new applicant has no case, so they could not see it afterwards).
 * Every read and change is audit-logged.
 */
export function createAccountsService({ db, repository, throttle, audit, secret }: AccountsServiceDeps) {
  /** Another municipality's applicant, or one out of a restricted caseworker's scope, does not exist for them. */
  async function applicantOf(identity: StaffIdentity, applicantId: string, access: 'read' | 'write') {
    const scope = applicantScopeFor(identity, access);
    const applicant = await repository.findApplicant(scope, applicantId);
    if (!applicant) throw new NotFoundError('No such applicant');
    return { municipalityId: scope.municipalityId, applicant };
  }

  const entry = (
    identity: StaffIdentity,
    municipalityId: string,
    requestId: string,
    action: string,
    entityId: string | null,
    details?: Record<string, unknown>,
  ): AuditEntry => ({
    municipalityId,
    actorKind: 'staff',
    actorId: identity.staffId,
    action,
    entityType: 'applicant',
    entityId,
    requestId,
    ...(details ? { details } : {}),
  });

  /** Stores a new list (voiding the old) and returns its codes in clear, for this one answer only. */
  async function issueCodeList(identity: StaffIdentity, applicantId: string, requestId: string) {
    const { municipalityId, applicant } = await applicantOf(identity, applicantId, 'write');
    const { listId, codes, hashes } = newCodeList(secret);
    const list = await db.transaction(async (tx) => {
      const created = await repository.replaceCodeList(
        tx,
        { id: listId, municipalityId, applicantId: applicant.id, issuedByStaffId: identity.staffId },
        hashes,
      );
      await audit.record(
        entry(identity, municipalityId, requestId, 'issue_login_code_list', applicant.id, { listId }),
        tx,
      );
      return created;
    });
    return { applicant, list: { listId, issuedAt: list.createdAt, codes } };
  }

  return {
    /** The audit entry records that a search was made and of which kind, not the personnummer or name typed. */
    async search(identity: StaffIdentity, query: ApplicantSearchQuery, requestId: string) {
      const scope = applicantScopeFor(identity, 'read');
      const search = parseApplicantSearch(query.q);
      await audit.record(
        entry(identity, scope.municipalityId, requestId, 'applicant.search', null, { by: search?.kind ?? 'all' }),
      );
      const { items, total } = await repository.searchApplicants(scope, search, query.page, query.pageSize);
      return { items, total, page: query.page, pageSize: query.pageSize };
    },

    async detail(identity: StaffIdentity, applicantId: string, requestId: string) {
      const { municipalityId, applicant } = await applicantOf(identity, applicantId, 'read');
      await audit.record(entry(identity, municipalityId, requestId, 'applicant.read', applicant.id));
      // Administrators do not handle cases (see case-access.ts), so they get no case list rather than an empty one.
      const handlesCases = identity.role !== 'admin';
      const [cases, hasActiveCodeList, lockedUntil] = await Promise.all([
        handlesCases ? repository.listCases(applicant.id, caseScopeCondition(caseScopeFor(identity))) : null,
        repository.hasActiveCodeList(applicant.id),
        throttle.lockedUntil({
          kind: 'applicant',
          municipality: applicant.municipalitySlug,
          personnummer: applicant.personnummer,
        }),
      ]);
      return { applicant, cases, hasActiveCodeList, lockedUntil };
    },

    /** The initial password goes into this one answer; only its hash is stored, and it is never logged. */
    async create(identity: StaffIdentity, input: NewApplicant, requestId: string) {
      const scope = applicantScopeFor(identity, 'write');
      if (scope.onlyAssignedTo) throw new ForbiddenError('Restricted caseworkers cannot create applicant accounts');
      // The route's schema has already refused anything that does not parse.
      const personnummer = parseIdentityNumber(input.personnummer)!.normalized;
      if (await repository.existsInMunicipality(scope.municipalityId, personnummer)) {
        throw new ConflictError('The municipality already has an applicant with this personnummer', [
          {
            path: 'personnummer',
            code: 'applicant_exists',
            message: 'Det finns redan en sökande med det här personnumret i kommunen.',
          },
        ]);
      }
      const password = generatePassword();
      const passwordHash = await hashPassword(password);
      const created = await db.transaction(async (tx) => {
        const row = await repository.insertApplicant(tx, {
          municipalityId: scope.municipalityId,
          personnummer,
          givenName: input.givenName,
          familyName: input.familyName,
          mobile: input.mobile ? normalizedMobile(input.mobile) : null,
          email: input.email ? input.email.trim() : null,
          passwordHash,
        });
        await audit.record(entry(identity, scope.municipalityId, requestId, 'applicant.create', row.id), tx);
        return row;
      });
      return { id: created.id, initialPassword: password };
    },

    /** A new password replaces the old at once and logs the applicant out everywhere. */
    async resetPassword(identity: StaffIdentity, applicantId: string, requestId: string) {
      const { municipalityId, applicant } = await applicantOf(identity, applicantId, 'write');
      const password = generatePassword();
      const passwordHash = await hashPassword(password);
      await db.transaction(async (tx) => {
        await repository.updateApplicant(tx, applicant.id, { passwordHash });
        await repository.revokeSessions(tx, applicant.id);
        await audit.record(entry(identity, municipalityId, requestId, 'applicant.password.reset', applicant.id), tx);
      });
      return { password };
    },

    /** A deactivated applicant cannot log in by any method; their cases stay. Logs them out everywhere. */
    async setDeactivated(identity: StaffIdentity, applicantId: string, deactivated: boolean, requestId: string) {
      const { municipalityId, applicant } = await applicantOf(identity, applicantId, 'write');
      await db.transaction(async (tx) => {
        await repository.updateApplicant(tx, applicant.id, {
          deactivatedAt: deactivated ? (applicant.deactivatedAt ?? new Date()) : null,
        });
        if (deactivated) await repository.revokeSessions(tx, applicant.id);
        const action = deactivated ? 'applicant.deactivate' : 'applicant.reactivate';
        await audit.record(entry(identity, municipalityId, requestId, action, applicant.id), tx);
      });
    },

    async issueCodeList(identity: StaffIdentity, applicantId: string, requestId: string) {
      return (await issueCodeList(identity, applicantId, requestId)).list;
    },

    /** The same new list, as a sheet to print and hand over; the codes in clear exist only in this PDF. */
    async issueCodeListPdf(identity: StaffIdentity, applicantId: string, requestId: string) {
      const { applicant, list } = await issueCodeList(identity, applicantId, requestId);
      return renderCodeListPdf({
        municipalityName: applicant.municipalityName,
        holderName: `${applicant.givenName} ${applicant.familyName}`,
        listId: list.listId,
        issuedAt: list.issuedAt,
        codes: list.codes,
      });
    },

    async unlockApplicant(identity: StaffIdentity, applicantId: string, requestId: string) {
      const { municipalityId, applicant } = await applicantOf(identity, applicantId, 'write');
      await db.transaction(async (tx) => {
        await throttle.unlock(
          { kind: 'applicant', municipality: applicant.municipalitySlug, personnummer: applicant.personnummer },
          tx,
        );
        await audit.record(entry(identity, municipalityId, requestId, 'unlock_login', applicant.id), tx);
      });
    },

    async unlockStaff(identity: StaffIdentity, staffId: string, requestId: string) {
      const municipalityId = adminMunicipalityOf(identity);
      const member = await repository.findStaff(municipalityId, staffId);
      if (!member) throw new NotFoundError('No such staff member');
      await db.transaction(async (tx) => {
        await throttle.unlock({ kind: 'staff', username: member.username }, tx);
        await audit.record(
          { ...entry(identity, municipalityId, requestId, 'unlock_login', member.id), entityType: 'staff' },
          tx,
        );
      });
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
