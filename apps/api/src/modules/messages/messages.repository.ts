import { and, asc, eq, inArray, isNotNull, isNull, ne } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { attachments, caseEvents, messages, staff } from '../../db/schema/index.js';

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
    async list(caseId: string) {
      const [rows, files] = await Promise.all([
        db
          .select(messageColumns)
          .from(messages)
          .leftJoin(staff, eq(staff.id, messages.authorStaffId))
          .where(eq(messages.caseId, caseId))
          .orderBy(asc(messages.createdAt)),
        db
          .select({
            id: attachments.id,
            messageId: attachments.messageId,
            fileName: attachments.originalName,
            contentType: attachments.contentType,
            applicantDownloadedAt: attachments.applicantDownloadedAt,
          })
          .from(attachments)
          .where(and(eq(attachments.caseId, caseId), isNotNull(attachments.messageId)))
          .orderBy(asc(attachments.createdAt)),
      ]);
      return rows.map((row) => ({
        ...row,
        attachments: files.filter((file) => file.messageId === row.id).map(({ messageId: _, ...file }) => file),
      }));
    },

    /**
     * Ties files the applicant has sent to the case to their message; only their own files of this case
     * that belong to no message yet. Returns how many were tied.
     */
    async attachApplicantFiles(tx: Database, caseId: string, applicantId: string, messageId: string, ids: string[]) {
      if (ids.length === 0) return 0;
      const tied = await tx
        .update(attachments)
        .set({ messageId })
        .where(
          and(
            inArray(attachments.id, ids),
            eq(attachments.caseId, caseId),
            eq(attachments.uploadedByKind, 'applicant'),
            eq(attachments.uploadedById, applicantId),
            isNull(attachments.messageId),
          ),
        )
        .returning({ id: attachments.id });
      return tied.length;
    },

    /**
     * Ties documents staff or the case system have uploaded to the case (Handlingar) to a message to the
     * applicant, who can then open them; only such uploads of this case that belong to no message yet.
     */
    async attachCaseDocuments(tx: Database, caseId: string, messageId: string, ids: string[]) {
      if (ids.length === 0) return 0;
      const tied = await tx
        .update(attachments)
        .set({ messageId })
        .where(
          and(
            inArray(attachments.id, ids),
            eq(attachments.caseId, caseId),
            ne(attachments.uploadedByKind, 'applicant'),
            isNull(attachments.messageId),
          ),
        )
        .returning({ id: attachments.id });
      return tied.length;
    },

    /**
     * The applicant has opened the thread: every unread message to them is now read. Returns the ones this
     * opening marked, so that a read receipt goes out only for news (two openings at once mark each once).
     */
    async markReadByApplicant(tx: Database, caseId: string) {
      return tx
        .update(messages)
        .set({ readAt: new Date() })
        .where(and(eq(messages.caseId, caseId), eq(messages.direction, 'to_applicant'), isNull(messages.readAt)))
        .returning({ id: messages.id });
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

    /**
     * A message to the applicant and its event in the case history, written by a caseworker, a mailing or
     * the case system; `eventData` adds to the event what it came from (the mailing).
     */
    async insertToApplicant(
      tx: Database,
      values: { municipalityId: string; caseId: string; applicantId: string; body: string },
      /** A staff member, or the case system's API client (then the message shows as from the municipality). */
      author: { kind: 'staff' | 'integration'; id: string },
      eventData: Record<string, unknown> = {},
    ) {
      const [row] = await tx
        .insert(messages)
        .values({
          ...values,
          direction: 'to_applicant',
          authorStaffId: author.kind === 'staff' ? author.id : null,
        })
        .returning({ id: messages.id, createdAt: messages.createdAt });
      await tx.insert(caseEvents).values({
        caseId: values.caseId,
        type: 'message_to_applicant',
        actorKind: author.kind,
        actorId: author.id,
        data: { messageId: row!.id, ...eventData },
      });
      return row!;
    },
  };
}

export type MessagesRepository = ReturnType<typeof createMessagesRepository>;
