import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { applicants, caseEvents, caseNumberCounters, cases } from '../../db/schema/index.js';

const summaryColumns = {
  id: cases.id,
  caseNumber: cases.caseNumber,
  formId: cases.formId,
  formVersion: cases.formVersion,
  period: cases.period,
  status: cases.status,
  submittedAt: cases.submittedAt,
};

export function createApplicationsRepository(db: Database) {
  return {
    /** Next case number for the municipality and year, e.g. 2026-000123; atomic under concurrency. */
    async nextCaseNumber(tx: Database, municipalityId: string, year: number) {
      const [row] = await tx
        .insert(caseNumberCounters)
        .values({ municipalityId, year, lastValue: 1 })
        .onConflictDoUpdate({
          target: [caseNumberCounters.municipalityId, caseNumberCounters.year],
          set: { lastValue: sql`${caseNumberCounters.lastValue} + 1` },
        })
        .returning({ lastValue: caseNumberCounters.lastValue });
      return `${year}-${String(row!.lastValue).padStart(6, '0')}`;
    },

    /** The applicant's own personnummer, so the form's checks can tell it apart from family members'. */
    async applicantIdentityNumber(applicantId: string) {
      const [row] = await db
        .select({ personnummer: applicants.personnummer })
        .from(applicants)
        .where(eq(applicants.id, applicantId));
      return row?.personnummer;
    },

    async insertCase(tx: Database, values: typeof cases.$inferInsert) {
      const [row] = await tx.insert(cases).values(values).returning(summaryColumns);
      return row!;
    },

    async insertEvent(tx: Database, values: typeof caseEvents.$inferInsert) {
      await tx.insert(caseEvents).values(values);
    },

    listForApplicant(applicantId: string, municipalityId: string) {
      return db
        .select(summaryColumns)
        .from(cases)
        .where(and(eq(cases.applicantId, applicantId), eq(cases.municipalityId, municipalityId)))
        .orderBy(desc(cases.submittedAt));
    },

    async findForApplicant(caseId: string, applicantId: string, municipalityId: string) {
      const [row] = await db
        .select({ ...summaryColumns, data: cases.data })
        .from(cases)
        .where(and(eq(cases.id, caseId), eq(cases.applicantId, applicantId), eq(cases.municipalityId, municipalityId)));
      return row;
    },
  };
}

export type ApplicationsRepository = ReturnType<typeof createApplicationsRepository>;
