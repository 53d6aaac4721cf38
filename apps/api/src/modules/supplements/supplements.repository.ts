import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { caseEvents, cases, supplementRequests, supplements, type CaseStatus } from '../../db/schema/index.js';

export function createSupplementsRepository(db: Database) {
  return {
    requests(caseId: string) {
      return db
        .select()
        .from(supplementRequests)
        .where(eq(supplementRequests.caseId, caseId))
        .orderBy(asc(supplementRequests.createdAt));
    },

    supplements(caseId: string) {
      return db.select().from(supplements).where(eq(supplements.caseId, caseId)).orderBy(asc(supplements.submittedAt));
    },

    async insertRequest(tx: Database, values: typeof supplementRequests.$inferInsert) {
      const [row] = await tx.insert(supplementRequests).values(values).returning();
      return row!;
    },

    async insertSupplement(tx: Database, values: typeof supplements.$inferInsert) {
      const [row] = await tx.insert(supplements).values(values).returning();
      return row!;
    },

    /** Marks an open request of the case answered; false if there is no such open request. */
    async answerRequest(tx: Database, caseId: string, requestId: string) {
      const rows = await tx
        .update(supplementRequests)
        .set({ answeredAt: new Date() })
        .where(
          and(
            eq(supplementRequests.id, requestId),
            eq(supplementRequests.caseId, caseId),
            isNull(supplementRequests.answeredAt),
          ),
        )
        .returning({ id: supplementRequests.id });
      return rows.length === 1;
    },

    async setStatus(tx: Database, caseId: string, status: CaseStatus) {
      await tx.update(cases).set({ status, updatedAt: new Date() }).where(eq(cases.id, caseId));
    },

    async insertEvent(tx: Database, values: typeof caseEvents.$inferInsert) {
      await tx.insert(caseEvents).values(values);
    },
  };
}

export type SupplementsRepository = ReturnType<typeof createSupplementsRepository>;
