import { and, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { attachments, caseEvents, cases, messages } from '../../db/schema/index.js';

/** Hand-over marks and case deletion, each inside the caller's transaction together with its audit entry. */
export function createCaseRemovalRepository() {
  return {
    /** Sets or clears the hand-over time only if it is still as expected; false when someone else was first. */
    async setTakenOver(tx: Database, caseId: string, takenOverAt: Date | null) {
      const rows = await tx
        .update(cases)
        .set({ takenOverAt, updatedAt: new Date() })
        .where(and(eq(cases.id, caseId), takenOverAt ? isNull(cases.takenOverAt) : isNotNull(cases.takenOverAt)))
        .returning({ id: cases.id });
      return rows.length === 1;
    },

    async insertEvent(tx: Database, values: typeof caseEvents.$inferInsert) {
      await tx.insert(caseEvents).values(values);
    },

    /** Every file of the case in the file store: its application PDF and the files of the case and its messages. */
    async storageKeys(tx: Database, caseId: string): Promise<string[]> {
      const [found] = await tx.select({ pdf: cases.pdfStorageKey }).from(cases).where(eq(cases.id, caseId));
      const files = await tx
        .select({ key: attachments.storageKey })
        .from(attachments)
        .where(
          or(
            eq(attachments.caseId, caseId),
            inArray(
              attachments.messageId,
              tx.select({ id: messages.id }).from(messages).where(eq(messages.caseId, caseId)),
            ),
          ),
        );
      return [...(found?.pdf ? [found.pdf] : []), ...files.map((file) => file.key)];
    },

    /** The case's rows go with it: every table that refers to a case cascades (db/schema). */
    async deleteCase(tx: Database, caseId: string) {
      await tx.delete(cases).where(eq(cases.id, caseId));
    },
  };
}

export type CaseRemovalRepository = ReturnType<typeof createCaseRemovalRepository>;
