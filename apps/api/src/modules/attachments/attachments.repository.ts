import { and, asc, count, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { attachments } from '../../db/schema/index.js';

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

/** A draft's files; the draft id has been resolved for the logged-in applicant, the municipality guards too. */
export interface DraftScope {
  draftId: string;
  municipalityId: string;
}

const inDraft = (scope: DraftScope) =>
  and(eq(attachments.draftId, scope.draftId), eq(attachments.municipalityId, scope.municipalityId));

export function createAttachmentsRepository(db: Database) {
  return {
    async insert(values: typeof attachments.$inferInsert) {
      const [row] = await db.insert(attachments).values(values).returning(attachmentColumns);
      return row!;
    },

    listForDraft(scope: DraftScope) {
      return db.select(attachmentColumns).from(attachments).where(inDraft(scope)).orderBy(asc(attachments.createdAt));
    },

    async countForDraft(scope: DraftScope) {
      const [row] = await db.select({ n: count() }).from(attachments).where(inDraft(scope));
      return row?.n ?? 0;
    },

    async findInDraft(scope: DraftScope, attachmentId: string) {
      const [row] = await db
        .select({ ...attachmentColumns, storageKey: attachments.storageKey })
        .from(attachments)
        .where(and(inDraft(scope), eq(attachments.id, attachmentId)));
      return row;
    },

    /** The deleted file's storage key, or undefined when the draft has no such file. */
    async deleteFromDraft(scope: DraftScope, attachmentId: string) {
      const [row] = await db
        .delete(attachments)
        .where(and(inDraft(scope), eq(attachments.id, attachmentId)))
        .returning({ storageKey: attachments.storageKey });
      return row?.storageKey;
    },
  };
}

export type AttachmentsRepository = ReturnType<typeof createAttachmentsRepository>;
export type AttachmentRow = Awaited<ReturnType<AttachmentsRepository['insert']>>;
