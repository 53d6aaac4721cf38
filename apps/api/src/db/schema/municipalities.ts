import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id } from './common.js';

/** A tenant. Settings grow with later issues (notification rules, statuses, retention, texts). */
export const municipalities = pgTable('municipalities', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  orgNumber: text('org_number'),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: createdAt(),
});
