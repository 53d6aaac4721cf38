import { index, jsonb, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { createdAt, timestampTz } from './common.js';
import { staff } from './people.js';

/** A staff member's own bookmark on a case (the inbox's Flaggade tab); colleagues do not see it. */
export const caseFlags = pgTable(
  'case_flags',
  {
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  // Staff first: the tab lists one person's flags.
  (t) => [primaryKey({ columns: [t.staffId, t.caseId] }), index('case_flags_case_idx').on(t.caseId)],
);

/** How a staff member likes the inbox list: columns, sort, new tab, caseworker shown by name or username. */
export const staffListSettings = pgTable('staff_list_settings', {
  staffId: uuid('staff_id')
    .primaryKey()
    .references(() => staff.id, { onDelete: 'cascade' }),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
  updatedAt: timestampTz('updated_at').notNull().defaultNow(),
});
