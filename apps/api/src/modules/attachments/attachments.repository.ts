import { and, asc, count, eq, isNotNull, isNull, ne, or } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { attachments, caseEvents } from '../../db/schema/index.js';

const attachmentColumns = {
  id: attachments.id,
  category: attachments.category,
  requirementId: attachments.requirementId,
  fileName: attachments.originalName,
  contentType: attachments.contentType,
  sizeBytes: attachments.sizeBytes,
  sha256: attachments.sha256,
  createdAt: attachments.createdAt,
};

/**
 * Whose files: a draft's or a submitted case's. The id has been resolved for the logged-in person
 * (their own draft, a case they may see); the municipality guards too.
 */
export type FileOwner =
  | { draftId: string; municipalityId: string }
  | {
      caseId: string;
      municipalityId: string;
      /**
       * Set when the applicant looks: of the staff's documents they see only those sent to them with a
       * message; the rest (scans, letters, working papers) stay with the caseworkers.
       */
      forApplicant?: true;
    };

/** Kept for the checklist, which reads a draft's files. */
export type DraftScope = Extract<FileOwner, { draftId: string }>;

const ownedBy = (owner: FileOwner) =>
  and(
    'draftId' in owner ? eq(attachments.draftId, owner.draftId) : eq(attachments.caseId, owner.caseId),
    eq(attachments.municipalityId, owner.municipalityId),
    'forApplicant' in owner
      ? or(eq(attachments.uploadedByKind, 'applicant'), isNotNull(attachments.messageId))
      : undefined,
  );

export function createAttachmentsRepository(db: Database) {
  return {
    async insert(values: typeof attachments.$inferInsert) {
      const [row] = await db.insert(attachments).values(values).returning(attachmentColumns);
      return row!;
    },

    list(owner: FileOwner) {
      return db.select(attachmentColumns).from(attachments).where(ownedBy(owner)).orderBy(asc(attachments.createdAt));
    },

    async count(owner: FileOwner) {
      const [row] = await db.select({ n: count() }).from(attachments).where(ownedBy(owner));
      return row?.n ?? 0;
    },

    async find(owner: FileOwner, attachmentId: string) {
      const [row] = await db
        .select({
          ...attachmentColumns,
          storageKey: attachments.storageKey,
          uploadedByKind: attachments.uploadedByKind,
        })
        .from(attachments)
        .where(and(ownedBy(owner), eq(attachments.id, attachmentId)));
      return row;
    },

    /** The deleted file's storage key, or undefined when the owner has no such file. */
    async delete(owner: FileOwner, attachmentId: string) {
      const [row] = await db
        .delete(attachments)
        .where(and(ownedBy(owner), eq(attachments.id, attachmentId)))
        .returning({ storageKey: attachments.storageKey });
      return row?.storageKey;
    },

    /**
     * The download receipt: stamps the applicant's first download of a file staff sent, and only the
     * first, even when two downloads race. True when this download was the first.
     */
    async markDownloadedByApplicant(tx: Database, attachmentId: string) {
      const stamped = await tx
        .update(attachments)
        .set({ applicantDownloadedAt: new Date() })
        .where(
          and(
            eq(attachments.id, attachmentId),
            // Sent by a caseworker or by the case system (/api/v1): either way the caseworkers want to know.
            ne(attachments.uploadedByKind, 'applicant'),
            isNotNull(attachments.messageId),
            isNull(attachments.applicantDownloadedAt),
          ),
        )
        .returning({ id: attachments.id });
      return stamped.length > 0;
    },

    async insertEvent(values: typeof caseEvents.$inferInsert) {
      await db.insert(caseEvents).values(values);
    },
  };
}

export type AttachmentsRepository = ReturnType<typeof createAttachmentsRepository>;
export type AttachmentRow = Awaited<ReturnType<AttachmentsRepository['insert']>>;
