import { and, asc, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { applicantScopeCondition, type ApplicantScope } from '../../lib/applicant-access.js';
import { nameWordsCondition, type ApplicantSearch } from '../../lib/applicant-search.js';
import {
  applicants,
  cases,
  loginCodeLists,
  loginCodes,
  municipalities,
  sessions,
  staff,
} from '../../db/schema/index.js';

function searchCondition(search: ApplicantSearch | null): SQL | undefined {
  if (!search) return undefined;
  if (search.kind === 'personnummer') return eq(applicants.personnummer, search.personnummer);
  return nameWordsCondition(search.words);
}

export function createAccountsRepository(db: Database) {
  return {
    /** An applicant in scope, with what their login is known by. */
    async findApplicant(scope: ApplicantScope, applicantId: string) {
      const [row] = await db
        .select({
          applicant: applicants,
          municipalitySlug: municipalities.slug,
          municipalityName: municipalities.name,
        })
        .from(applicants)
        .innerJoin(municipalities, eq(municipalities.id, applicants.municipalityId))
        .where(and(eq(applicants.id, applicantId), applicantScopeCondition(scope)));
      return (
        row && { ...row.applicant, municipalitySlug: row.municipalitySlug, municipalityName: row.municipalityName }
      );
    },

    /** One page in Swedish list order: family name, then given name. */
    async searchApplicants(scope: ApplicantScope, search: ApplicantSearch | null, page: number, pageSize: number) {
      const where = and(applicantScopeCondition(scope), searchCondition(search));
      const [items, [total]] = await Promise.all([
        db
          .select({
            id: applicants.id,
            personnummer: applicants.personnummer,
            givenName: applicants.givenName,
            familyName: applicants.familyName,
            deactivatedAt: applicants.deactivatedAt,
          })
          .from(applicants)
          .where(where)
          .orderBy(asc(applicants.familyName), asc(applicants.givenName), asc(applicants.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db.select({ value: count() }).from(applicants).where(where),
      ]);
      return { items, total: total?.value ?? 0 };
    },

    /** The applicant's cases, limited to those the caller may see (see case-access.ts), newest first. */
    async listCases(applicantId: string, caseCondition: SQL) {
      return db
        .select({
          id: cases.id,
          caseNumber: cases.caseNumber,
          period: cases.period,
          status: cases.status,
          submittedAt: cases.submittedAt,
        })
        .from(cases)
        .where(and(eq(cases.applicantId, applicantId), caseCondition))
        .orderBy(desc(cases.submittedAt));
    },

    async hasActiveCodeList(applicantId: string) {
      const [row] = await db
        .select({ id: loginCodeLists.id })
        .from(loginCodeLists)
        .where(and(eq(loginCodeLists.applicantId, applicantId), isNull(loginCodeLists.voidedAt)));
      return row !== undefined;
    },

    /** A unique violation on (municipality, personnummer) answers 409 through the error handler. */
    async insertApplicant(tx: Database, values: typeof applicants.$inferInsert) {
      const [row] = await tx.insert(applicants).values(values).returning({ id: applicants.id });
      return row!;
    },

    async existsInMunicipality(municipalityId: string, personnummer: string) {
      const [row] = await db
        .select({ id: applicants.id })
        .from(applicants)
        .where(and(eq(applicants.municipalityId, municipalityId), eq(applicants.personnummer, personnummer)));
      return row !== undefined;
    },

    async updateApplicant(
      tx: Database,
      applicantId: string,
      values: Partial<Pick<typeof applicants.$inferInsert, 'passwordHash' | 'deactivatedAt'>>,
    ) {
      await tx.update(applicants).set(values).where(eq(applicants.id, applicantId));
    },

    /** Logs the applicant out everywhere: after a new password or a deactivation no old session may go on. */
    async revokeSessions(tx: Database, applicantId: string) {
      await tx
        .update(sessions)
        .set({ revokedAt: new Date() })
        .where(and(eq(sessions.applicantId, applicantId), isNull(sessions.revokedAt)));
    },

    async findStaff(municipalityId: string, staffId: string) {
      const [row] = await db
        .select({ id: staff.id, username: staff.username })
        .from(staff)
        .where(and(eq(staff.id, staffId), eq(staff.municipalityId, municipalityId)));
      return row;
    },

    /** Voids the applicant's active list and stores the new one; the partial unique index keeps one active. */
    async replaceCodeList(
      tx: Database,
      list: { id: string; municipalityId: string; applicantId: string; issuedByStaffId: string },
      codes: { number: number; codeHash: string }[],
    ) {
      await tx
        .update(loginCodeLists)
        .set({ voidedAt: new Date() })
        .where(and(eq(loginCodeLists.applicantId, list.applicantId), isNull(loginCodeLists.voidedAt)));
      const [row] = await tx.insert(loginCodeLists).values(list).returning({ createdAt: loginCodeLists.createdAt });
      await tx.insert(loginCodes).values(codes.map((code) => ({ listId: list.id, ...code })));
      return row!;
    },
  };
}

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
