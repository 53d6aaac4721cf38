import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, timestampTz } from './common.js';
import { applicantLoginMethods, municipalities } from './municipalities.js';
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
    /** HMAC of the code the answer must match: the SMS code, or the numbered code of the list. */
    codeHash: text('code_hash').notNull(),
    /** Set when the code is one from a printed code list rather than an SMS. */
    codeListId: uuid('code_list_id').references(() => loginCodeLists.id, { onDelete: 'cascade' }),
    codeNumber: integer('code_number'),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: timestampTz('expires_at').notNull(),
    consumedAt: timestampTz('consumed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('login_challenges_applicant_idx').on(t.applicantId),
    index('login_challenges_staff_idx').on(t.staffId),
    index('login_challenges_code_list_idx').on(t.codeListId),
  ],
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
    /** How the person proved who they are; null for sessions from before it was recorded. */
    loginMethod: text('login_method', { enum: applicantLoginMethods }),
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

/**
 * A printed list of numbered one-time codes a caseworker hands to an applicant without a mobile phone.
 * Only hashes are stored; a new list voids the previous one, so at most one list per applicant is active.
 */
export const loginCodeLists = pgTable(
  'login_code_lists',
  {
    id: id(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    /** Whose list it is: an applicant's, or a staff member's second factor; exactly one is set. */
    applicantId: uuid('applicant_id').references(() => applicants.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id').references(() => staff.id, { onDelete: 'cascade' }),
    issuedByStaffId: uuid('issued_by_staff_id')
      .notNull()
      .references(() => staff.id),
    voidedAt: timestampTz('voided_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('login_code_lists_active_unique')
      .on(t.applicantId)
      .where(sql`${t.voidedAt} is null`),
    uniqueIndex('login_code_lists_active_staff_unique')
      .on(t.staffId)
      .where(sql`${t.voidedAt} is null`),
    check('login_code_lists_one_owner', sql`num_nonnulls(${t.applicantId}, ${t.staffId}) = 1`),
    index('login_code_lists_municipality_idx').on(t.municipalityId),
    index('login_code_lists_staff_idx').on(t.issuedByStaffId),
    index('login_code_lists_owner_staff_idx').on(t.staffId),
  ],
);

export const loginCodes = pgTable(
  'login_codes',
  {
    listId: uuid('list_id')
      .notNull()
      .references(() => loginCodeLists.id, { onDelete: 'cascade' }),
    /** The number printed next to the code, 1 to the list's length. */
    number: integer('number').notNull(),
    /** HMAC bound to the list and number, like SMS codes are bound to their challenge. */
    codeHash: text('code_hash').notNull(),
    usedAt: timestampTz('used_at'),
  },
  (t) => [primaryKey({ columns: [t.listId, t.number] })],
);

/**
 * Failed password and code checks per login name and per client address, kept in the database so that
 * every API process counts the same attempts. Keyed by an HMAC, so no personnummer is stored in clear,
 * and keyed by the name typed rather than the account, so a lock never tells whether the account exists.
 */
export const loginThrottles = pgTable('login_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestampTz('window_started_at').notNull(),
  lockedUntil: timestampTz('locked_until'),
});

/**
 * A staff single sign-on in flight: the OpenID Connect state the provider sends back, with the PKCE
 * verifier and nonce that must match it, and the page to open after login. Used once, short-lived.
 */
export const ssoLogins = pgTable(
  'sso_logins',
  {
    id: id(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    state: text('state').notNull().unique(),
    codeVerifier: text('code_verifier').notNull(),
    nonce: text('nonce').notNull(),
    /** A path inside the caseworker app, e.g. a case link from a notification. */
    returnTo: text('return_to'),
    expiresAt: timestampTz('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sso_logins_municipality_idx').on(t.municipalityId)],
);
