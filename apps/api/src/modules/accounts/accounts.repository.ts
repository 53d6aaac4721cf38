import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { applicants, loginCodeLists, loginCodes, municipalities, staff } from '../../db/schema/index.js';

export function createAccountsRepository(db: Database) {
  return {
    /** An applicant of the municipality, with what their login is known by. */
    async findApplicant(municipalityId: string, applicantId: string) {
      const [row] = await db
        .select({ id: applicants.id, personnummer: applicants.personnummer, municipalitySlug: municipalities.slug })
        .from(applicants)
        .innerJoin(municipalities, eq(municipalities.id, applicants.municipalityId))
        .where(and(eq(applicants.id, applicantId), eq(applicants.municipalityId, municipalityId)));
      return row;
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
