import { date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { createdAt, id, timestampTz } from './common.js';
import { municipalities } from './municipalities.js';
import { applicants, staff } from './people.js';

/** A caseworker's request for more information or receipts, answered by a supplement. */
export const supplementRequests = pgTable(
  'supplement_requests',
  {
    id: id(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** Null when the municipality's case system asked (through /api/v1); the case event names the client. */
    requestedByStaffId: uuid('requested_by_staff_id').references(() => staff.id),
    /** What is asked, in words the applicant reads. */
    message: text('message').notNull(),
    /** The last day to answer. */
    dueDate: date('due_date').notNull(),
    /** Receipt categories asked for, from the schema package. */
    receiptCategories: jsonb('receipt_categories').$type<string[]>().notNull().default([]),
    answeredAt: timestampTz('answered_at'),
    /** When the applicant was reminded before the due date; one reminder per request. */
    reminderSentAt: timestampTz('reminder_sent_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('supplement_requests_case_idx').on(t.caseId),
    index('supplement_requests_municipality_idx').on(t.municipalityId),
    index('supplement_requests_staff_idx').on(t.requestedByStaffId),
  ],
);

/** A `komplettering` form sent to an existing case. */
export const supplements = pgTable(
  'supplements',
  {
    id: id(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id').references(() => supplementRequests.id),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => applicants.id),
    formId: text('form_id').notNull(),
    formVersion: integer('form_version').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    submittedAt: timestampTz('submitted_at').notNull().defaultNow(),
  },
  (t) => [
    index('supplements_case_idx').on(t.caseId),
    index('supplements_request_idx').on(t.requestId),
    index('supplements_applicant_idx').on(t.applicantId),
    index('supplements_municipality_idx').on(t.municipalityId),
  ],
);
