import type { CaseEventType } from '@ebistans/schema';
import { and, asc, desc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  applicants,
  attachments,
  bankIdSignatures,
  caseEvents,
  caseNumberCounters,
  cases,
  drafts,
  messages,
  municipalities,
  sendLaterReceipts,
} from '../../db/schema/index.js';

/** Events the applicant sees on their timeline; internal ones (assignment, notes) stay with the staff. */
const APPLICANT_EVENTS: CaseEventType[] = [
  'submitted',
  'in_progress',
  'supplement_requested',
  'supplemented',
  'receipts_added',
  'message_to_applicant',
  'message_from_applicant',
  'decision_recorded',
  'closed',
  'withdrawn',
];

const summaryColumns = {
  id: cases.id,
  caseNumber: cases.caseNumber,
  formId: cases.formId,
  formVersion: cases.formVersion,
  period: cases.period,
  status: cases.status,
  submittedAt: cases.submittedAt,
};

export function createApplicationsRepository(db: Database) {
  return {
    /** Next case number for the municipality and year, e.g. 2026-000123; atomic under concurrency. */
    async nextCaseNumber(tx: Database, municipalityId: string, year: number) {
      const [row] = await tx
        .insert(caseNumberCounters)
        .values({ municipalityId, year, lastValue: 1 })
        .onConflictDoUpdate({
          target: [caseNumberCounters.municipalityId, caseNumberCounters.year],
          set: { lastValue: sql`${caseNumberCounters.lastValue} + 1` },
        })
        .returning({ lastValue: caseNumberCounters.lastValue });
      return `${year}-${String(row!.lastValue).padStart(6, '0')}`;
    },

    /** Who is submitting, for the form's checks (their own personnummer) and the PDF. */
    async submitter(applicantId: string) {
      const [row] = await db
        .select({
          personnummer: applicants.personnummer,
          name: sql<string>`${applicants.givenName} || ' ' || ${applicants.familyName}`,
          municipalityName: municipalities.name,
          handlingWorkingDays: municipalities.handlingWorkingDays,
          // A caseworker's test applicant (test mode): what they submit is a test case.
          isTestApplicant: sql<boolean>`${applicants.testOwnerStaffId} is not null`,
        })
        .from(applicants)
        .innerJoin(municipalities, eq(municipalities.id, applicants.municipalityId))
        .where(eq(applicants.id, applicantId));
      return row!;
    },

    async municipalityNameBySlug(slug: string) {
      const [row] = await db
        .select({ name: municipalities.name })
        .from(municipalities)
        .where(eq(municipalities.slug, slug));
      return row?.name;
    },

    async findBySubmissionKey(applicantId: string, submissionKey: string) {
      const [row] = await db
        .select(summaryColumns)
        .from(cases)
        .where(and(eq(cases.applicantId, applicantId), eq(cases.submissionKey, submissionKey)));
      return row;
    },

    /** Undefined when the same submission key was used already (a concurrent double submit). */
    async insertCase(tx: Database, values: typeof cases.$inferInsert) {
      const [row] = await tx.insert(cases).values(values).onConflictDoNothing().returning(summaryColumns);
      return row;
    },

    async findSignature(id: string, applicantId: string) {
      const [row] = await db
        .select({
          id: bankIdSignatures.id,
          status: bankIdSignatures.status,
          answersDigest: bankIdSignatures.answersDigest,
          signerName: bankIdSignatures.signerName,
          signedAt: bankIdSignatures.signedAt,
          caseId: bankIdSignatures.caseId,
        })
        .from(bankIdSignatures)
        .where(and(eq(bankIdSignatures.id, id), eq(bankIdSignatures.applicantId, applicantId)));
      return row;
    },

    /** Gives the signature to the case; false when another submission took it first. */
    async linkSignature(tx: Database, id: string, caseId: string) {
      const rows = await tx
        .update(bankIdSignatures)
        .set({ caseId })
        .where(and(eq(bankIdSignatures.id, id), isNull(bankIdSignatures.caseId)))
        .returning({ id: bankIdSignatures.id });
      return rows.length === 1;
    },

    async insertEvent(tx: Database, values: typeof caseEvents.$inferInsert) {
      await tx.insert(caseEvents).values(values);
    },

    listForApplicant(applicantId: string, municipalityId: string) {
      return db
        .select({
          ...summaryColumns,
          // Messages from the caseworkers the applicant has not opened yet, counted without marking them read.
          unreadMessages: db.$count(
            messages,
            and(eq(messages.caseId, cases.id), eq(messages.direction, 'to_applicant'), isNull(messages.readAt)),
          ),
        })
        .from(cases)
        .where(and(eq(cases.applicantId, applicantId), eq(cases.municipalityId, municipalityId)))
        .orderBy(desc(cases.submittedAt));
    },

    async findForApplicant(caseId: string, applicantId: string, municipalityId: string) {
      const [row] = await db
        .select({
          ...summaryColumns,
          data: cases.data,
          pdfStorageKey: cases.pdfStorageKey,
          externalCaseNumber: cases.externalCaseNumber,
        })
        .from(cases)
        .where(and(eq(cases.id, caseId), eq(cases.applicantId, applicantId), eq(cases.municipalityId, municipalityId)));
      return row;
    },

    /** What has happened on the case, oldest first: the applicant's timeline. */
    events(caseId: string) {
      return db
        .select({ type: caseEvents.type, createdAt: caseEvents.createdAt })
        .from(caseEvents)
        .where(and(eq(caseEvents.caseId, caseId), inArray(caseEvents.type, APPLICANT_EVENTS)))
        .orderBy(asc(caseEvents.createdAt));
    },

    /**
     * The applicant's draft of the form, locked for the rest of the transaction so that an upload or
     * a discard finishing at the same moment waits for the submit (and then finds no draft).
     */
    async lockDraft(tx: Database, applicantId: string, municipalityId: string, formId: string) {
      const [row] = await tx
        .select({ id: drafts.id })
        .from(drafts)
        .where(
          and(
            eq(drafts.applicantId, applicantId),
            eq(drafts.municipalityId, municipalityId),
            eq(drafts.formId, formId),
          ),
        )
        .for('update');
      if (!row) return undefined;
      const [files, marks] = await Promise.all([
        tx
          .select({
            id: attachments.id,
            category: attachments.category,
            requirementId: attachments.requirementId,
            fileName: attachments.originalName,
          })
          .from(attachments)
          .where(eq(attachments.draftId, row.id))
          .orderBy(asc(attachments.createdAt)),
        tx
          .select({ requirementId: sendLaterReceipts.requirementId })
          .from(sendLaterReceipts)
          .where(eq(sendLaterReceipts.draftId, row.id)),
      ]);
      return { id: row.id, files, sendLater: new Set(marks.map((mark) => mark.requirementId)) };
    },

    /**
     * The draft's files and still-relevant send-later marks become the case's, then the draft goes.
     * The draft is deleted last: its foreign keys cascade and would take the files' rows with it.
     */
    async handOverDraft(tx: Database, draftId: string, caseId: string, requirementIds: readonly string[]) {
      await tx.update(attachments).set({ caseId, draftId: null }).where(eq(attachments.draftId, draftId));
      const stale = eq(sendLaterReceipts.draftId, draftId);
      await tx
        .delete(sendLaterReceipts)
        .where(
          requirementIds.length > 0
            ? and(stale, notInArray(sendLaterReceipts.requirementId, [...requirementIds]))
            : stale,
        );
      await tx.update(sendLaterReceipts).set({ caseId, draftId: null }).where(eq(sendLaterReceipts.draftId, draftId));
      await tx.delete(drafts).where(eq(drafts.id, draftId));
    },
  };
}

export type ApplicationsRepository = ReturnType<typeof createApplicationsRepository>;
