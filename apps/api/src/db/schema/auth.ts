import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, timestampTz } from './common.js';
import { municipalities } from './municipalities.js';
import { applicants, staff } from './people.js';

export const subjectKinds = ['applicant', 'staff'] as const;
export type SubjectKind = (typeof subjectKinds)[number];

/** A password that was right, waiting for its second factor. */
export const loginChallenges = pgTable(
  'login_challenges',
  {
    id: id(),
    subjectKind: text('subject_kind', { enum: subjectKinds }).notNull(),
    applicantId: uuid('applicant_id').references(() => applicants.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id').references(() => staff.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: timestampTz('expires_at').notNull(),
    consumedAt: timestampTz('consumed_at'),
    createdAt: createdAt(),
  },
  (t) => [index('login_challenges_applicant_idx').on(t.applicantId), index('login_challenges_staff_idx').on(t.staffId)],
);

/** Server-side half of a session: the JWT cookie names a row here, so it can be revoked and time out. */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    subjectKind: text('subject_kind', { enum: subjectKinds }).notNull(),
    applicantId: uuid('applicant_id').references(() => applicants.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id').references(() => staff.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id').references(() => municipalities.id),
    lastSeenAt: timestampTz('last_seen_at').notNull().defaultNow(),
    revokedAt: timestampTz('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('sessions_applicant_idx').on(t.applicantId),
    index('sessions_staff_idx').on(t.staffId),
    index('sessions_municipality_idx').on(t.municipalityId),
  ],
);
