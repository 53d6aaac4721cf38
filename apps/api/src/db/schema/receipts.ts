import { check, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { cases, drafts } from './cases.js';
import { createdAt, id } from './common.js';
import { municipalities } from './municipalities.js';

/**
 * Receipts the applicant said they will send later, by checklist requirement id. Belongs to a draft
 * until it is submitted, then to the case (the submit moves the rows), like attachments do.
 */
export const sendLaterReceipts = pgTable(
  'send_later_receipts',
  {
    id: id(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    draftId: uuid('draft_id').references(() => drafts.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    requirementId: text('requirement_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('send_later_receipts_draft_requirement_unique').on(t.draftId, t.requirementId),
    unique('send_later_receipts_case_requirement_unique').on(t.caseId, t.requirementId),
    index('send_later_receipts_municipality_idx').on(t.municipalityId),
    check('send_later_receipts_one_owner', sql`num_nonnulls(${t.draftId}, ${t.caseId}) = 1`),
  ],
);
