import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { caseEvents, internalNotes, staff } from '../../db/schema/index.js';
import { staffDisplayName } from '../../lib/staff-display-name.js';

export function createInternalNotesRepository(db: Database) {
  return {
    list(caseId: string) {
      return db
        .select({
          id: internalNotes.id,
          body: internalNotes.body,
          authorId: internalNotes.staffId,
          authorName: staff.displayName,
          createdAt: internalNotes.createdAt,
        })
        .from(internalNotes)
        .innerJoin(staff, eq(staff.id, internalNotes.staffId))
        .where(eq(internalNotes.caseId, caseId))
        .orderBy(asc(internalNotes.createdAt), asc(internalNotes.id));
    },

    async insert(tx: Database, values: typeof internalNotes.$inferInsert) {
      const [row] = await tx.insert(internalNotes).values(values).returning();
      return row!;
    },

    async authorName(tx: Database, staffId: string) {
      return (await staffDisplayName(tx, staffId))!;
    },

    async insertEvent(tx: Database, values: typeof caseEvents.$inferInsert) {
      await tx.insert(caseEvents).values(values);
    },
  };
}

export type InternalNotesRepository = ReturnType<typeof createInternalNotesRepository>;
