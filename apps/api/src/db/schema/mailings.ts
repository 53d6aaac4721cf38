import { index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { cases, type CaseStatus } from './cases.js';
import { createdAt, id, timestampTz } from './common.js';
import { municipalities } from './municipalities.js';
import { applicants, staff } from './people.js';

export const mailingChannels = ['email', 'sms', 'case_message'] as const;
export type MailingChannel = (typeof mailingChannels)[number];

export const mailingRecipientStatuses = ['pending', 'sent', 'skipped', 'failed'] as const;
export type MailingRecipientStatus = (typeof mailingRecipientStatuses)[number];

/** How staff chose the cases: the ones they ticked in the inbox, or a filter. */
export type MailingSelection =
  | { kind: 'cases'; caseIds: string[] }
  | {
      kind: 'filter';
      formVersion?: number | undefined;
      submittedFrom?: string | undefined;
      submittedTo?: string | undefined;
      statuses?: CaseStatus[] | undefined;
    };

/** A message staff send to many applicants at once ("Skapa utskick"); delivered by a job in batches. */
export const mailings = pgTable(
  'mailings',
  {
    id: id(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    createdByStaffId: uuid('created_by_staff_id')
      .notNull()
      .references(() => staff.id),
    channel: text('channel', { enum: mailingChannels }).notNull(),
    /** The e-mail's subject; null for SMS. */
    subject: text('subject'),
    body: text('body').notNull(),
    selection: jsonb('selection').$type<MailingSelection>().notNull(),
    recipientCount: integer('recipient_count').notNull(),
    createdAt: createdAt(),
    /** When the last recipient was dealt with (sent, skipped or failed). */
    finishedAt: timestampTz('finished_at'),
  },
  (t) => [
    index('mailings_municipality_created_idx').on(t.municipalityId, t.createdAt),
    index('mailings_created_by_idx').on(t.createdByStaffId),
  ],
);

/** One applicant of a mailing; the status is set once per recipient, so a resumed job never resends. */
export const mailingRecipients = pgTable(
  'mailing_recipients',
  {
    id: id(),
    mailingId: uuid('mailing_id')
      .notNull()
      .references(() => mailings.id, { onDelete: 'cascade' }),
    /** The applicant's case the mailing was about; kept (as null) when the case is deleted. */
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => applicants.id, { onDelete: 'cascade' }),
    status: text('status', { enum: mailingRecipientStatuses }).notNull().default('pending'),
    /** Why it was skipped or failed, as a code (never an address or a gateway's text). */
    errorCode: text('error_code'),
    sentAt: timestampTz('sent_at'),
  },
  (t) => [
    unique('mailing_recipients_mailing_applicant_unique').on(t.mailingId, t.applicantId),
    index('mailing_recipients_mailing_status_idx').on(t.mailingId, t.status),
    // Deleting a case or an applicant finds their recipient rows by these.
    index('mailing_recipients_case_idx').on(t.caseId),
    index('mailing_recipients_applicant_idx').on(t.applicantId),
  ],
);
