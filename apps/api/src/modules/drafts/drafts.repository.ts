import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { attachments, cases, drafts } from '../../db/schema/index.js';

const draftColumns = {
  id: drafts.id,
  formId: drafts.formId,
  formVersion: drafts.formVersion,
  revision: drafts.revision,
  data: drafts.data,
  createdAt: drafts.createdAt,
  updatedAt: drafts.updatedAt,
};

interface DraftOwner {
  applicantId: string;
  municipalityId: string;
}

const ownedDraft = (owner: DraftOwner, formId: string) =>
  and(
    eq(drafts.applicantId, owner.applicantId),
    eq(drafts.municipalityId, owner.municipalityId),
    eq(drafts.formId, formId),
  );

export function createDraftsRepository(db: Database) {
  return {
    async find(owner: DraftOwner, formId: string) {
      const [row] = await db.select(draftColumns).from(drafts).where(ownedDraft(owner, formId));
      return row;
    },

    async findId(owner: DraftOwner, formId: string) {
      const [row] = await db.select({ id: drafts.id }).from(drafts).where(ownedDraft(owner, formId));
      return row?.id;
    },

    /** Creates the draft unless one exists for the form; undefined then (the unique constraint decides). */
    async insert(owner: DraftOwner, values: { formId: string; formVersion: number; data: Record<string, unknown> }) {
      const [row] = await db
        .insert(drafts)
        .values({ applicantId: owner.applicantId, municipalityId: owner.municipalityId, ...values })
        .onConflictDoNothing({ target: [drafts.applicantId, drafts.formId] })
        .returning(draftColumns);
      return row;
    },

    /** Replaces the answers only if the draft is still at `revision`; undefined when it is not. */
    async replaceAtRevision(
      owner: DraftOwner,
      formId: string,
      revision: number,
      values: { formVersion: number; data: Record<string, unknown> },
    ) {
      const [row] = await db
        .update(drafts)
        .set({ ...values, revision: sql`${drafts.revision} + 1`, updatedAt: sql`now()` })
        .where(and(ownedDraft(owner, formId), eq(drafts.revision, revision)))
        .returning(draftColumns);
      return row;
    },

    /**
     * Deletes the draft (its attachment rows and send-later marks go with it by cascade) and returns the
     * storage keys of its files, which the caller removes from the file store after the commit.
     */
    delete(owner: DraftOwner, formId: string) {
      return db.transaction(async (tx) => {
        // The row lock makes a concurrent upload's insert wait and then fail, so no file escapes the list.
        const [draft] = await tx.select({ id: drafts.id }).from(drafts).where(ownedDraft(owner, formId)).for('update');
        if (!draft) return undefined;
        const files = await tx
          .select({ storageKey: attachments.storageKey })
          .from(attachments)
          .where(eq(attachments.draftId, draft.id));
        await tx.delete(drafts).where(eq(drafts.id, draft.id));
        return files.map((file) => file.storageKey);
      });
    },

    /** The answers of the applicant's latest case of a form, newest submission first. */
    async latestCase(owner: DraftOwner, formId: string) {
      const [row] = await db
        .select({ id: cases.id, caseNumber: cases.caseNumber, period: cases.period, data: cases.data })
        .from(cases)
        .where(
          and(
            eq(cases.applicantId, owner.applicantId),
            eq(cases.municipalityId, owner.municipalityId),
            eq(cases.formId, formId),
          ),
        )
        .orderBy(desc(cases.submittedAt))
        .limit(1);
      return row;
    },
  };
}

export type DraftsRepository = ReturnType<typeof createDraftsRepository>;
