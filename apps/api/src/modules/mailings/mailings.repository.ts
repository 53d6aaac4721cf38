import { and, asc, count, desc, eq, gte, inArray, isNull, lt, not, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  applicants,
  cases,
  isActiveCase,
  mailingRecipients,
  mailings,
  municipalities,
  staff,
  type MailingChannel,
  type MailingRecipientStatus,
  type MailingSelection,
} from '../../db/schema/index.js';
import { caseScopeCondition, type CaseScope } from '../../lib/case-access.js';
import { plusDays, startOfSwedishDay } from '../../lib/swedish-time.js';

/** The cases a selection means: in scope, neither a test nor handed over to the case system. */
function selectedCases(scope: CaseScope, selection: MailingSelection): SQL {
  const conditions = [caseScopeCondition(scope), isActiveCase(cases.takenOverAt, cases.isTest)];
  if (selection.kind === 'cases') {
    conditions.push(inArray(cases.id, selection.caseIds));
  } else {
    if (selection.formVersion !== undefined) conditions.push(eq(cases.formVersion, selection.formVersion));
    if (selection.submittedFrom) conditions.push(gte(cases.submittedAt, startOfSwedishDay(selection.submittedFrom)));
    if (selection.submittedTo) {
      conditions.push(
        lt(cases.submittedAt, startOfSwedishDay(plusDays(new Date(`${selection.submittedTo}T00:00:00Z`), 1))),
      );
    }
    if (selection.statuses && selection.statuses.length > 0) {
      conditions.push(inArray(cases.status, selection.statuses));
    }
  }
  return and(...conditions)!;
}

/** Whether the applicant row can be reached on the channel now (the same rule the delivery applies). */
function unreachable(channel: MailingChannel): SQL {
  if (channel === 'case_message') return sql`false`;
  const address = channel === 'email' ? applicants.email : applicants.mobile;
  const chosen = channel === 'email' ? applicants.notifyByEmail : applicants.notifyBySms;
  return or(
    isNull(address),
    not(chosen),
    and(applicants.protectedIdentity, isNull(applicants.notificationsConfirmedAt)),
    sql`${applicants.deactivatedAt} is not null`,
  )!;
}

export function createMailingsRepository(db: Database) {
  return {
    async preview(scope: CaseScope, selection: MailingSelection, channel: MailingChannel) {
      const [row] = await db
        .select({
          caseCount: count(),
          recipientCount: sql<number>`count(distinct ${cases.applicantId})::int`,
          unreachableCount: sql<number>`count(distinct ${cases.applicantId}) filter (where ${unreachable(channel)})::int`,
        })
        .from(cases)
        .innerJoin(applicants, eq(applicants.id, cases.applicantId))
        .where(selectedCases(scope, selection));
      return row!;
    },

    async insertMailing(tx: Database, values: typeof mailings.$inferInsert) {
      const [row] = await tx.insert(mailings).values(values).returning({ id: mailings.id });
      return row!;
    },

    /**
     * One recipient per applicant, about their latest selected case, written by one INSERT … SELECT so a
     * mailing to thousands is one statement. Returns the cases the recipients are about.
     */
    async insertRecipients(tx: Database, mailingId: string, scope: CaseScope, selection: MailingSelection) {
      const latestPerApplicant = tx
        // Every column of the table in its order, as drizzle's INSERT … SELECT requires.
        .selectDistinctOn([cases.applicantId], {
          id: sql<string>`gen_random_uuid()`.as('id'),
          mailingId: sql<string>`${mailingId}::uuid`.as('mailing_id'),
          caseId: sql<string>`${cases.id}`.as('case_id'),
          applicantId: sql<string>`${cases.applicantId}`.as('applicant_id'),
          status: sql<'pending'>`'pending'`.as('status'),
          errorCode: sql<null>`null`.as('error_code'),
          sentAt: sql<null>`null::timestamptz`.as('sent_at'),
        })
        .from(cases)
        .where(selectedCases(scope, selection))
        .orderBy(cases.applicantId, desc(cases.submittedAt));
      return tx.insert(mailingRecipients).select(latestPerApplicant).returning({ caseId: mailingRecipients.caseId });
    },

    async setRecipientCount(tx: Database, mailingId: string, recipientCount: number) {
      await tx.update(mailings).set({ recipientCount }).where(eq(mailings.id, mailingId));
    },

    async list(municipalityId: string, createdBy: string | null) {
      const conditions = [eq(mailings.municipalityId, municipalityId)];
      if (createdBy) conditions.push(eq(mailings.createdByStaffId, createdBy));
      return db
        .select({ ...summaryColumns })
        .from(mailings)
        .innerJoin(staff, eq(staff.id, mailings.createdByStaffId))
        .where(and(...conditions))
        .orderBy(desc(mailings.createdAt))
        .limit(200);
    },

    async find(municipalityId: string, mailingId: string) {
      const [row] = await db
        .select({
          ...summaryColumns,
          createdByStaffId: mailings.createdByStaffId,
          body: mailings.body,
          selection: mailings.selection,
        })
        .from(mailings)
        .innerJoin(staff, eq(staff.id, mailings.createdByStaffId))
        .where(and(eq(mailings.municipalityId, municipalityId), eq(mailings.id, mailingId)));
      return row;
    },

    /** Recipients per status, for each of the mailings. */
    async progress(mailingIds: string[]) {
      if (mailingIds.length === 0) return [];
      return db
        .select({ mailingId: mailingRecipients.mailingId, status: mailingRecipients.status, count: count() })
        .from(mailingRecipients)
        .where(inArray(mailingRecipients.mailingId, mailingIds))
        .groupBy(mailingRecipients.mailingId, mailingRecipients.status);
    },

    async failures(mailingId: string, limit: number) {
      return db
        .select({
          caseId: mailingRecipients.caseId,
          caseNumber: cases.caseNumber,
          status: mailingRecipients.status,
          errorCode: mailingRecipients.errorCode,
        })
        .from(mailingRecipients)
        .leftJoin(cases, eq(cases.id, mailingRecipients.caseId))
        .where(
          and(eq(mailingRecipients.mailingId, mailingId), inArray(mailingRecipients.status, ['failed', 'skipped'])),
        )
        .orderBy(asc(cases.caseNumber))
        .limit(limit);
    },

    /** What the delivery needs of the mailing, with the municipality's sender settings read now. */
    async findForDelivery(mailingId: string) {
      const [row] = await db
        .select({
          id: mailings.id,
          municipalityId: mailings.municipalityId,
          createdByStaffId: mailings.createdByStaffId,
          channel: mailings.channel,
          subject: mailings.subject,
          body: mailings.body,
          finishedAt: mailings.finishedAt,
          municipalitySettings: municipalities.settings,
        })
        .from(mailings)
        .innerJoin(municipalities, eq(municipalities.id, mailings.municipalityId))
        .where(eq(mailings.id, mailingId));
      return row;
    },

    /** The next pending recipients with how they are reached, read now so a corrected address is used. */
    async pendingRecipients(mailingId: string, limit: number) {
      return db
        .select({
          id: mailingRecipients.id,
          caseId: mailingRecipients.caseId,
          applicantId: mailingRecipients.applicantId,
          email: applicants.email,
          mobile: applicants.mobile,
          protectedIdentity: applicants.protectedIdentity,
          notificationsConfirmedAt: applicants.notificationsConfirmedAt,
          notifyByEmail: applicants.notifyByEmail,
          notifyBySms: applicants.notifyBySms,
          deactivatedAt: applicants.deactivatedAt,
        })
        .from(mailingRecipients)
        .innerJoin(applicants, eq(applicants.id, mailingRecipients.applicantId))
        .where(and(eq(mailingRecipients.mailingId, mailingId), eq(mailingRecipients.status, 'pending')))
        .orderBy(asc(mailingRecipients.id))
        .limit(limit);
    },

    /**
     * Records a recipient's outcome once: only a pending recipient changes, so a resumed job cannot undo or
     * repeat it. Returns whether this call recorded it.
     */
    async settle(
      executor: Database,
      recipientId: string,
      status: Exclude<MailingRecipientStatus, 'pending'>,
      errorCode: string | null = null,
    ) {
      const changed = await executor
        .update(mailingRecipients)
        .set({ status, errorCode, ...(status === 'sent' ? { sentAt: new Date() } : {}) })
        .where(and(eq(mailingRecipients.id, recipientId), eq(mailingRecipients.status, 'pending')))
        .returning({ id: mailingRecipients.id });
      return changed.length > 0;
    },

    /** The recipients still pending when the service stayed down through every retry. */
    async failPending(mailingId: string, errorCode: string) {
      await db
        .update(mailingRecipients)
        .set({ status: 'failed', errorCode })
        .where(and(eq(mailingRecipients.mailingId, mailingId), eq(mailingRecipients.status, 'pending')));
    },

    /** Marks the mailing finished once no recipient is pending; idempotent. */
    async finishIfDone(mailingId: string) {
      await db
        .update(mailings)
        .set({ finishedAt: new Date() })
        .where(
          and(
            eq(mailings.id, mailingId),
            isNull(mailings.finishedAt),
            sql`not exists (select 1 from ${mailingRecipients} where ${mailingRecipients.mailingId} = ${mailings.id} and ${mailingRecipients.status} = 'pending')`,
          ),
        );
    },
  };
}

const summaryColumns = {
  id: mailings.id,
  channel: mailings.channel,
  subject: mailings.subject,
  createdByName: staff.displayName,
  recipientCount: mailings.recipientCount,
  createdAt: mailings.createdAt,
  finishedAt: mailings.finishedAt,
};

export type MailingsRepository = ReturnType<typeof createMailingsRepository>;
