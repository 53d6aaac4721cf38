import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { applicants, caseEvents, cases, staff } from '../../db/schema/index.js';

export const ANSWERS_EDITED_EVENT = 'answers_edited';

type AnswerColumns = Pick<typeof cases.$inferInsert, 'data' | 'originalData' | 'period' | 'coApplicantPersonnummer'>;

export function createCaseEditsRepository(db: Database) {
  return {
    /** The case's answers, locked until the transaction ends so that two edits never both build on the same ones. */
    async lockAnswers(tx: Database, caseId: string) {
      const [row] = await tx
        .select({
          status: cases.status,
          formId: cases.formId,
          formVersion: cases.formVersion,
          submittedAt: cases.submittedAt,
          data: cases.data,
          originalData: cases.originalData,
          applicantPersonnummer: applicants.personnummer,
        })
        .from(cases)
        .innerJoin(applicants, eq(applicants.id, cases.applicantId))
        .where(eq(cases.id, caseId))
        .for('update', { of: cases });
      return row!;
    },

    async saveAnswers(tx: Database, caseId: string, values: AnswerColumns) {
      await tx
        .update(cases)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(cases.id, caseId));
    },

    async insertEvent(tx: Database, values: typeof caseEvents.$inferInsert) {
      await tx.insert(caseEvents).values(values);
    },

    async originalAnswers(caseId: string) {
      const [row] = await db.select({ originalData: cases.originalData }).from(cases).where(eq(cases.id, caseId));
      return row?.originalData ?? null;
    },

    /** Every edit of the answers, oldest first, with who made it. */
    edits(caseId: string) {
      return db
        .select({
          id: caseEvents.id,
          createdAt: caseEvents.createdAt,
          data: caseEvents.data,
          staffId: staff.id,
          staffName: staff.displayName,
        })
        .from(caseEvents)
        .innerJoin(staff, eq(staff.id, caseEvents.actorId))
        .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, ANSWERS_EDITED_EVENT)))
        .orderBy(asc(caseEvents.createdAt), asc(caseEvents.id));
    },
  };
}

export type CaseEditsRepository = ReturnType<typeof createCaseEditsRepository>;
