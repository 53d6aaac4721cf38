import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { caseEvents, messages, staff } from '../../db/schema/index.js';

const messageColumns = {
  id: messages.id,
  direction: messages.direction,
  body: messages.body,
  authorName: staff.displayName,
  readAt: messages.readAt,
  createdAt: messages.createdAt,
};

export function createMessagesRepository(db: Database) {
  return {
    list(caseId: string) {
      return db
        .select(messageColumns)
        .from(messages)
        .leftJoin(staff, eq(staff.id, messages.authorStaffId))
        .where(eq(messages.caseId, caseId))
        .orderBy(asc(messages.createdAt));
    },

    /** The applicant has opened the thread: every unread message to them is now read. */
    async markReadByApplicant(caseId: string) {
      await db
        .update(messages)
        .set({ readAt: new Date() })
        .where(and(eq(messages.caseId, caseId), eq(messages.direction, 'to_applicant'), isNull(messages.readAt)));
    },

    async markReadByStaff(caseId: string) {
      await db
        .update(messages)
        .set({ readAt: new Date() })
        .where(and(eq(messages.caseId, caseId), eq(messages.direction, 'from_applicant'), isNull(messages.readAt)));
    },

    async insert(tx: Database, values: typeof messages.$inferInsert) {
      const [row] = await tx.insert(messages).values(values).returning({ id: messages.id });
      return row!;
    },

    async insertEvent(tx: Database, values: typeof caseEvents.$inferInsert) {
      await tx.insert(caseEvents).values(values);
    },
  };
}

export type MessagesRepository = ReturnType<typeof createMessagesRepository>;
