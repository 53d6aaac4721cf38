import { bigint, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cases, drafts } from './cases.js';
import { createdAt, id, timestampTz } from './common.js';
import { municipalities } from './municipalities.js';
import { applicants, staff } from './people.js';

export const messages = pgTable(
  'messages',
  {
    id: id(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => applicants.id),
    direction: text('direction', { enum: ['to_applicant', 'from_applicant'] }).notNull(),
    authorStaffId: uuid('author_staff_id').references(() => staff.id),
    body: text('body').notNull(),
    readAt: timestampTz('read_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('messages_case_idx').on(t.caseId),
    index('messages_applicant_idx').on(t.applicantId),
    index('messages_municipality_idx').on(t.municipalityId),
    index('messages_author_idx').on(t.authorStaffId),
  ],
);

/** Visible to staff only. */
export const internalNotes = pgTable(
  'internal_notes',
  {
    id: id(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('internal_notes_case_idx').on(t.caseId), index('internal_notes_staff_idx').on(t.staffId)],
);

export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    draftId: uuid('draft_id').references(() => drafts.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'cascade' }),
    /** Receipt (verifikat) category from the schema package's receipt rules. */
    category: text('category'),
    /** The checklist requirement (`requiredReceipts` id) the applicant uploaded the file for, if any. */
    requirementId: text('requirement_id'),
    originalName: text('original_name').notNull(),
    /** Sniffed from the bytes, never taken from the client. */
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    scanStatus: text('scan_status', { enum: ['not_scanned', 'clean', 'infected'] })
      .notNull()
      .default('not_scanned'),
    uploadedByKind: text('uploaded_by_kind', { enum: ['applicant', 'staff', 'integration'] }).notNull(),
    uploadedById: uuid('uploaded_by_id'),
    /** When the applicant first downloaded a file staff sent them: the caseworker's download receipt. */
    applicantDownloadedAt: timestampTz('applicant_downloaded_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('attachments_case_idx').on(t.caseId),
    index('attachments_draft_idx').on(t.draftId),
    index('attachments_message_idx').on(t.messageId),
    index('attachments_municipality_idx').on(t.municipalityId),
  ],
);
