import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { attachments, cases, sendLaterReceipts } from '../../db/schema/index.js';
import type { DraftScope } from '../attachments/attachments.repository.js';
import type { ApplicantIdentity } from '../auth/identity.js';

const inDraft = (scope: DraftScope) =>
  and(eq(sendLaterReceipts.draftId, scope.draftId), eq(sendLaterReceipts.municipalityId, scope.municipalityId));

/** A submitted case's receipts; the case has been resolved for the logged-in applicant. */
export interface CaseScope {
  caseId: string;
  municipalityId: string;
}

export function createReceiptsRepository(db: Database) {
  return {
    async sendLaterIds(scope: DraftScope) {
      const rows = await db
        .select({ requirementId: sendLaterReceipts.requirementId })
        .from(sendLaterReceipts)
        .where(inDraft(scope));
      return new Set(rows.map((row) => row.requirementId));
    },

    async markSendLater(scope: DraftScope, requirementId: string) {
      await db
        .insert(sendLaterReceipts)
        .values({ ...scope, requirementId })
        .onConflictDoNothing({ target: [sendLaterReceipts.draftId, sendLaterReceipts.requirementId] });
    },

    async unmarkSendLater(scope: DraftScope, requirementId: string) {
      await db.delete(sendLaterReceipts).where(and(inDraft(scope), eq(sendLaterReceipts.requirementId, requirementId)));
    },

    /** The applicant's own case with its answers, or undefined: another person's case does not exist for them. */
    async applicantCase(identity: ApplicantIdentity, caseId: string) {
      const [row] = await db
        .select({ id: cases.id, formId: cases.formId, formVersion: cases.formVersion, data: cases.data })
        .from(cases)
        .where(
          and(
            eq(cases.id, caseId),
            eq(cases.applicantId, identity.applicantId),
            eq(cases.municipalityId, identity.municipalityId),
          ),
        );
      return row;
    },

    /** The files handed over with the case, and any sent for it since, oldest first. */
    caseFiles(scope: CaseScope) {
      return db
        .select({
          id: attachments.id,
          category: attachments.category,
          requirementId: attachments.requirementId,
          fileName: attachments.originalName,
          contentType: attachments.contentType,
          sizeBytes: attachments.sizeBytes,
          sha256: attachments.sha256,
          createdAt: attachments.createdAt,
        })
        .from(attachments)
        .where(and(eq(attachments.caseId, scope.caseId), eq(attachments.municipalityId, scope.municipalityId)))
        .orderBy(asc(attachments.createdAt));
    },

    async caseSendLaterIds(scope: CaseScope) {
      const rows = await db
        .select({ requirementId: sendLaterReceipts.requirementId })
        .from(sendLaterReceipts)
        .where(
          and(eq(sendLaterReceipts.caseId, scope.caseId), eq(sendLaterReceipts.municipalityId, scope.municipalityId)),
        );
      return new Set(rows.map((row) => row.requirementId));
    },
  };
}

export type ReceiptsRepository = ReturnType<typeof createReceiptsRepository>;
