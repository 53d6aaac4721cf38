import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { applicants, attachments, caseEvents, cases, municipalities, type CaseStatus } from '../../db/schema/index.js';
import { staffDisplayName } from '../../lib/staff-display-name.js';

const caseColumns = {
  id: cases.id,
  caseNumber: cases.caseNumber,
  formId: cases.formId,
  formVersion: cases.formVersion,
  period: cases.period,
  status: cases.status,
  data: cases.data,
  decision: cases.decision,
  applicantName: sql<string>`${applicants.givenName} || ' ' || ${applicants.familyName}`,
  municipalityName: municipalities.name,
};

export function createDecisionsRepository(db: Database) {
  return {
    /** What a decision is made from; the caller has already checked that the case is in scope. */
    async findCase(caseId: string) {
      const [row] = await db
        .select(caseColumns)
        .from(cases)
        .innerJoin(applicants, eq(applicants.id, cases.applicantId))
        .innerJoin(municipalities, eq(municipalities.id, cases.municipalityId))
        .where(eq(cases.id, caseId));
      return row;
    },

    /** Where the case system's decision letter is stored, if it is still a document of the case. */
    async letterStorageKey(caseId: string, documentId: string) {
      const [row] = await db
        .select({ storageKey: attachments.storageKey })
        .from(attachments)
        .where(and(eq(attachments.caseId, caseId), eq(attachments.id, documentId)));
      return row?.storageKey;
    },

    async staffName(staffId: string) {
      return (await staffDisplayName(db, staffId)) ?? '';
    },

    /** Stores the decision only if the status is still `from`; false when someone else changed it first. */
    async recordDecision(tx: Database, caseId: string, from: CaseStatus, decision: Record<string, unknown>) {
      const rows = await tx
        .update(cases)
        .set({ status: 'decided', decision, updatedAt: new Date() })
        .where(and(eq(cases.id, caseId), eq(cases.status, from)))
        .returning({ id: cases.id });
      return rows.length === 1;
    },

    async insertEvent(tx: Database, values: typeof caseEvents.$inferInsert) {
      await tx.insert(caseEvents).values(values);
    },
  };
}

export type DecisionsRepository = ReturnType<typeof createDecisionsRepository>;
