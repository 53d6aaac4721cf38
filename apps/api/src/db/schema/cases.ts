import type { CaseEventType } from '@ebistans/schema';
import { sql, type SQL } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { createdAt, id, timestampTz } from './common.js';
import { municipalities } from './municipalities.js';
import { applicants, staff } from './people.js';

export const caseStatuses = [
  'submitted',
  'in_progress',
  'awaiting_supplement',
  'supplemented',
  'decided',
  'closed',
  'withdrawn',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const caseChannels = ['web', 'paper', 'phone'] as const;

/** Colour labels a caseworker can put on a case; what each means is the municipality's own convention. */
export const caseColours = ['red', 'orange', 'yellow', 'green', 'blue', 'purple', 'grey'] as const;
export type CaseColour = (typeof caseColours)[number];

/**
 * Statuses in which the caseworker has the next move, so a passed due time makes the case overdue.
 * Awaiting a supplement is left out: then the applicant has the next move, by the request's own date.
 */
const overdueStatuses = ['submitted', 'in_progress', 'supplemented'] as const;

// Literals, not parameters: the query must repeat the index expressions and predicates exactly for the
// planner to use them.
const literalList = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

/** The status's place in the lifecycle, so that sorting by status follows the lifecycle, not the alphabet. */
export const caseStatusOrder = (status: AnyPgColumn | SQL) =>
  sql<number>`array_position(array[${literalList(caseStatuses)}]::text[], ${status})`;

export const isOverdueStatus = (status: AnyPgColumn | SQL) => sql`${status} in (${literalList(overdueStatuses)})`;

/** Statuses after which nothing more is done here; the inbox's Pågående tab leaves them out. */
export const endedStatuses = ['closed', 'withdrawn'] as const satisfies readonly CaseStatus[];

export const isEndedStatus = (status: CaseStatus): boolean => (endedStatuses as readonly CaseStatus[]).includes(status);

export const isOpenStatus = (status: AnyPgColumn | SQL) => sql`${status} not in (${literalList(endedStatuses)})`;

/**
 * Neither handed over to the case system nor a test: the inbox's six working tabs hold only these cases.
 * Handed-over and test cases are a small share with tabs of their own, so each kind has a partial index.
 */
export const isActiveCase = (takenOverAt: AnyPgColumn, isTest: AnyPgColumn) =>
  sql`${takenOverAt} is null and not ${isTest}`;

/** A PostgreSQL 64-bit transaction id, read as text (it does not fit a JavaScript number). */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

export const cases = pgTable(
  'cases',
  {
    id: id(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    /** Municipality-scoped, e.g. 2026-000123. */
    caseNumber: text('case_number').notNull(),
    formId: text('form_id').notNull(),
    formVersion: integer('form_version').notNull(),
    /** The month applied for, YYYY-MM. */
    period: text('period').notNull(),
    /** The answers, validated by the form version's schema when submitted. */
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** The answers as the applicant submitted them, kept when a caseworker first edits `data`. */
    originalData: jsonb('original_data').$type<Record<string, unknown>>(),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => applicants.id),
    coApplicantPersonnummer: text('co_applicant_personnummer'),
    channel: text('channel', { enum: caseChannels }).notNull().default('web'),
    status: text('status', { enum: caseStatuses }).notNull().default('submitted'),
    colour: text('colour', { enum: caseColours }),
    externalCaseNumber: text('external_case_number'),
    dueAt: timestampTz('due_at'),
    /** When the overdue job found the case past its due time and told the assignees; once per due time. */
    overdueNotifiedAt: timestampTz('overdue_notified_at'),
    decision: jsonb('decision').$type<Record<string, unknown>>(),
    submittedAt: timestampTz('submitted_at').notNull().defaultNow(),
    /** The client's Idempotency-Key: a retried or double-clicked submit finds the case it already made. */
    submissionKey: text('submission_key'),
    /** The application PDF made at submission, in the file store. */
    pdfStorageKey: text('pdf_storage_key'),
    takenOverAt: timestampTz('taken_over_at'),
    closedAt: timestampTz('closed_at'),
    purgeAfter: date('purge_after'),
    isTest: boolean('is_test').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestampTz('updated_at').notNull().defaultNow(),
    /**
     * The integration API's change feed: stamped on insert and, by the trigger `cases_stamp_change`
     * (migration 0005), on every change an integrator cares about. Never set these from code.
     */
    changeSeq: bigint('change_seq', { mode: 'number' })
      .notNull()
      .default(sql`nextval('cases_change_seq')`),
    changeXid: xid8('change_xid')
      .notNull()
      .default(sql`pg_current_xact_id()`),
    changedAt: timestampTz('changed_at').notNull().defaultNow(),
  },
  (t) => [
    unique('cases_municipality_case_number_unique').on(t.municipalityId, t.caseNumber),
    unique('cases_applicant_submission_key_unique').on(t.applicantId, t.submissionKey),
    index('cases_municipality_status_submitted_idx').on(t.municipalityId, t.status, t.submittedAt),
    index('cases_applicant_idx').on(t.applicantId),
    // The integration API pages a municipality's changes in this order.
    index('cases_municipality_change_idx').on(t.municipalityId, t.changeXid, t.changeSeq),
    // The inbox sorts by each column within a municipality; the id makes the order total.
    index('cases_municipality_submitted_idx').on(t.municipalityId, t.submittedAt, t.id),
    index('cases_municipality_due_idx').on(t.municipalityId, t.dueAt, t.id),
    index('cases_municipality_period_idx').on(t.municipalityId, t.period, t.id),
    index('cases_municipality_status_order_idx').on(t.municipalityId, caseStatusOrder(t.status), t.submittedAt),
    index('cases_overdue_idx').on(t.municipalityId, t.dueAt).where(isOverdueStatus(t.status)),
    // The counts of Alla and Pågående read only these indexes; the lists of Överlämnade and Testärenden too.
    index('cases_active_submitted_idx')
      .on(t.municipalityId, t.submittedAt, t.id)
      .where(isActiveCase(t.takenOverAt, t.isTest)),
    index('cases_active_open_idx')
      .on(t.municipalityId, t.submittedAt, t.id)
      .where(sql`${isActiveCase(t.takenOverAt, t.isTest)} and ${isOpenStatus(t.status)}`),
    index('cases_handed_over_idx')
      .on(t.municipalityId, t.submittedAt, t.id)
      .where(sql`${t.takenOverAt} is not null`),
    index('cases_test_idx')
      .on(t.municipalityId, t.submittedAt, t.id)
      .where(sql`${t.isTest}`),
    index('cases_co_applicant_idx')
      .on(t.municipalityId, t.coApplicantPersonnummer)
      .where(sql`${t.coApplicantPersonnummer} is not null`),
  ],
);

export const caseAssignees = pgTable(
  'case_assignees',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    assignedAt: timestampTz('assigned_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.staffId] }),
    // With the case id, the inbox's Mina tab and its assignee sort read only this index.
    index('case_assignees_staff_case_idx').on(t.staffId, t.caseId),
  ],
);

/** Hands out case numbers per municipality and year without gaps under concurrency (one row lock). */
export const caseNumberCounters = pgTable(
  'case_number_counters',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.year] })],
);

/** Autosaved, unsubmitted forms. */
export const drafts = pgTable(
  'drafts',
  {
    id: id(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => applicants.id, { onDelete: 'cascade' }),
    formId: text('form_id').notNull(),
    formVersion: integer('form_version').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** Raised by every save; a save naming an older revision is refused, so two devices never overwrite silently. */
    revision: integer('revision').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestampTz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('drafts_applicant_idx').on(t.applicantId),
    index('drafts_municipality_idx').on(t.municipalityId),
    // At most one open draft per applicant and form.
    unique('drafts_applicant_form_unique').on(t.applicantId, t.formId),
  ],
);

/** The case history a caseworker sees. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    // Typed, not a database enum: the vocabulary grows with releases (packages/schema/src/events).
    type: text('type').$type<CaseEventType>().notNull(),
    actorKind: text('actor_kind', { enum: ['applicant', 'staff', 'system', 'integration'] }).notNull(),
    actorId: uuid('actor_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.createdAt)],
);
