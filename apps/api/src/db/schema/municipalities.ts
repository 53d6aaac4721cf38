import { integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id } from './common.js';

/** How applicants may log in; each municipality switches these on or off. */
export const applicantLoginMethods = ['bankid', 'password_sms', 'password_code_list'] as const;
export type ApplicantLoginMethod = (typeof applicantLoginMethods)[number];

/** A tenant. Settings grow with later issues (notification rules, statuses, retention, texts). */
export const municipalities = pgTable('municipalities', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  orgNumber: text('org_number'),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  applicantLoginMethods: text('applicant_login_methods', { enum: applicantLoginMethods })
    .array()
    .notNull()
    .default(['bankid', 'password_sms']),
  /**
   * Handling time: a case is due at the end of this many Swedish working days after the day it was
   * submitted (the inbox's Förfallna tab). Ten working days is two calendar weeks, a common goal.
   */
  handlingWorkingDays: integer('handling_working_days').notNull().default(10),
  createdAt: createdAt(),
});
