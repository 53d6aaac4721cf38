import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { caseEvents, caseFlags, cases, isEndedStatus, type CaseStatus } from '../../db/schema/index.js';

type CaseFields = Partial<Pick<typeof cases.$inferInsert, 'colour' | 'externalCaseNumber'>>;

/** Writes only, each inside the caller's transaction together with its audit entry. */
export function createCaseHandlingRepository() {
  return {
    /** Changes the status only if it is still `from`; false when someone else changed it first. */
    async changeStatus(tx: Database, caseId: string, from: CaseStatus, to: CaseStatus) {
      const now = new Date();
      const ended = isEndedStatus(to);
      const rows = await tx
        .update(cases)
        .set({ status: to, updatedAt: now, ...(ended ? { closedAt: now } : {}) })
        .where(and(eq(cases.id, caseId), eq(cases.status, from)))
        .returning({ id: cases.id });
      return rows.length === 1;
    },

    async update(tx: Database, caseId: string, fields: CaseFields) {
      await tx
        .update(cases)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(cases.id, caseId));
    },

    async flag(tx: Database, staffId: string, caseId: string) {
      await tx.insert(caseFlags).values({ staffId, caseId }).onConflictDoNothing();
    },

    async unflag(tx: Database, staffId: string, caseId: string) {
      await tx.delete(caseFlags).where(and(eq(caseFlags.staffId, staffId), eq(caseFlags.caseId, caseId)));
    },

    async insertEvent(tx: Database, values: typeof caseEvents.$inferInsert) {
      await tx.insert(caseEvents).values(values);
    },
  };
}

export type CaseHandlingRepository = ReturnType<typeof createCaseHandlingRepository>;
