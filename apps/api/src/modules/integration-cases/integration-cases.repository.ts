import { and, asc, eq, inArray, isNull, not, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  applicants,
  attachments,
  caseEvents,
  cases,
  isEndedStatus,
  messages,
  type CaseStatus,
} from '../../db/schema/index.js';
import type { ChangePosition } from './integration-cases.schemas.js';

const summaryColumns = {
  id: cases.id,
  caseNumber: cases.caseNumber,
  status: cases.status,
  submittedAt: cases.submittedAt,
  changedAt: cases.changedAt,
  formId: cases.formId,
  formVersion: cases.formVersion,
  channel: cases.channel,
  externalCaseNumber: cases.externalCaseNumber,
  takenOverAt: cases.takenOverAt,
};

/** A municipality's real cases: test cases are never shown to a case system. */
const visibleIn = (municipalityId: string) => and(eq(cases.municipalityId, municipalityId), not(cases.isTest));

/** Files of the case and of its messages, as the caseworker's Handlingar shows them. */
const fileOfCase = (caseId: string) =>
  or(
    eq(attachments.caseId, caseId),
    inArray(attachments.messageId, sql`(select ${messages.id} from ${messages} where ${messages.caseId} = ${caseId})`),
  );

export function createIntegrationCasesRepository(db: Database) {
  return {
    /**
     * The next changes after `after`, in change order. Only changes of transactions older than every
     * transaction still running are returned: a running one gets a larger transaction id than all of them
     * (ids grow), so when it commits its changes sort after this page and are never skipped. Ordering by
     * the sequence alone would not do: a transaction can draw a smaller sequence number and commit later.
     */
    async listChanges(municipalityId: string, after: ChangePosition | null, limit: number) {
      return db
        .select({ ...summaryColumns, changeXid: cases.changeXid, changeSeq: cases.changeSeq })
        .from(cases)
        .where(
          and(
            visibleIn(municipalityId),
            sql`${cases.changeXid} < pg_snapshot_xmin(pg_current_snapshot())`,
            after ? sql`(${cases.changeXid}, ${cases.changeSeq}) > (${after.xid}::xid8, ${after.seq})` : undefined,
          ),
        )
        .orderBy(asc(cases.changeXid), asc(cases.changeSeq))
        .limit(limit);
    },

    async findCase(municipalityId: string, caseId: string) {
      const [row] = await db
        .select({
          ...summaryColumns,
          municipalityId: cases.municipalityId,
          applicantId: cases.applicantId,
          period: cases.period,
          data: cases.data,
          decision: cases.decision,
          pdfStorageKey: cases.pdfStorageKey,
          applicantGivenName: applicants.givenName,
          applicantFamilyName: applicants.familyName,
          applicantPersonnummer: applicants.personnummer,
        })
        .from(cases)
        .innerJoin(applicants, eq(applicants.id, cases.applicantId))
        .where(and(visibleIn(municipalityId), eq(cases.id, caseId)));
      return row;
    },

    async events(caseId: string) {
      return db
        .select({ type: caseEvents.type, at: caseEvents.createdAt })
        .from(caseEvents)
        .where(eq(caseEvents.caseId, caseId))
        .orderBy(asc(caseEvents.createdAt), asc(caseEvents.id));
    },

    async attachments(caseId: string) {
      return db
        .select({
          id: attachments.id,
          fileName: attachments.originalName,
          contentType: attachments.contentType,
          sizeBytes: attachments.sizeBytes,
          category: attachments.category,
          uploadedAt: attachments.createdAt,
        })
        .from(attachments)
        .where(fileOfCase(caseId))
        .orderBy(asc(attachments.createdAt), asc(attachments.id));
    },

    async findAttachment(caseId: string, attachmentId: string) {
      const [row] = await db
        .select({
          fileName: attachments.originalName,
          contentType: attachments.contentType,
          sizeBytes: attachments.sizeBytes,
          storageKey: attachments.storageKey,
        })
        .from(attachments)
        .where(and(fileOfCase(caseId), eq(attachments.id, attachmentId)));
      return row;
    },

    /** Marks the case taken over unless it already is; the time it was taken over either way. */
    async takeOver(tx: Database, caseId: string, at: Date) {
      const [updated] = await tx
        .update(cases)
        .set({ takenOverAt: at, updatedAt: at })
        .where(and(eq(cases.id, caseId), isNull(cases.takenOverAt)))
        .returning({ takenOverAt: cases.takenOverAt });
      if (updated) return { takenOverAt: updated.takenOverAt!, changed: true };
      const [current] = await tx
        .select({ takenOverAt: cases.takenOverAt })
        .from(cases)
        .where(eq(cases.id, caseId))
        .for('update');
      return { takenOverAt: current!.takenOverAt!, changed: false };
    },

    /** True when the number was different before. */
    async setExternalCaseNumber(tx: Database, caseId: string, externalCaseNumber: string) {
      const rows = await tx
        .update(cases)
        .set({ externalCaseNumber, updatedAt: new Date() })
        .where(and(eq(cases.id, caseId), sql`${cases.externalCaseNumber} is distinct from ${externalCaseNumber}`))
        .returning({ id: cases.id });
      return rows.length === 1;
    },

    /** False when the case left `from` meanwhile (a caseworker or another call changed it first). */
    async changeStatus(tx: Database, caseId: string, from: CaseStatus, to: CaseStatus) {
      const now = new Date();
      const rows = await tx
        .update(cases)
        .set({ status: to, updatedAt: now, ...(isEndedStatus(to) ? { closedAt: now } : {}) })
        .where(and(eq(cases.id, caseId), eq(cases.status, from)))
        .returning({ id: cases.id });
      return rows.length === 1;
    },

    async insertDocuments(tx: Database, values: (typeof attachments.$inferInsert)[]) {
      await tx.insert(attachments).values(values);
    },

    /** A document the case system uploaded to the case, e.g. to name as the decision letter. */
    async findUploadedDocument(tx: Database, caseId: string, documentId: string) {
      const [row] = await tx
        .select({ id: attachments.id, contentType: attachments.contentType })
        .from(attachments)
        .where(
          and(
            eq(attachments.caseId, caseId),
            eq(attachments.id, documentId),
            eq(attachments.uploadedByKind, 'integration'),
          ),
        );
      return row;
    },

    async insertEvent(tx: Database, values: typeof caseEvents.$inferInsert) {
      await tx.insert(caseEvents).values(values);
    },
  };
}

export type IntegrationCasesRepository = ReturnType<typeof createIntegrationCasesRepository>;
