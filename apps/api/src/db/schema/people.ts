import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, unique, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, id, timestampTz } from './common.js';
import { municipalities } from './municipalities.js';

export const applicants = pgTable(
  'applicants',
  {
    id: id(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    /** 12 digits, personnummer or samordningsnummer. */
    personnummer: text('personnummer').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    mobile: text('mobile'),
    email: text('email'),
    passwordHash: text('password_hash'),
    protectedIdentity: boolean('protected_identity').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedAt: timestampTz('locked_at'),
    /** A deactivated account cannot log in; its cases stay for the caseworkers. */
    deactivatedAt: timestampTz('deactivated_at'),
    /** Set on the test applicant a caseworker uses to try the e-service; its cases are test cases. */
    testOwnerStaffId: uuid('test_owner_staff_id').references((): AnyPgColumn => staff.id, { onDelete: 'cascade' }),
    /** The applicant's own choice of channels, within what the municipality sends on. */
    notifyByEmail: boolean('notify_by_email').notNull().default(true),
    notifyBySms: boolean('notify_by_sms').notNull().default(true),
    notificationLanguage: text('notification_language', { enum: ['sv', 'en'] }).notNull().default('sv'),
    /**
     * When a protected-identity applicant, logged in, confirmed the channels and contact details above;
     * until then they get no e-mail or SMS at all.
     */
    notificationsConfirmedAt: timestampTz('notifications_confirmed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('applicants_test_owner_unique').on(t.testOwnerStaffId),
    unique('applicants_municipality_personnummer_unique').on(t.municipalityId, t.personnummer),
    // The inbox's name search matches the start of the given or family name, case-insensitively.
    index('applicants_given_name_search_idx').on(t.municipalityId, sql`lower(${t.givenName}) text_pattern_ops`),
    index('applicants_family_name_search_idx').on(t.municipalityId, sql`lower(${t.familyName}) text_pattern_ops`),
    // The inbox's sort by applicant (family name first, as in Swedish lists).
    index('applicants_municipality_name_idx').on(t.municipalityId, t.familyName, t.givenName),
  ],
);

export const staffRoles = ['caseworker', 'assistant', 'admin', 'operator'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staff = pgTable(
  'staff',
  {
    id: id(),
    /** Null for platform operators, who belong to no municipality. */
    municipalityId: uuid('municipality_id').references(() => municipalities.id),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    mobile: text('mobile'),
    passwordHash: text('password_hash'),
    role: text('role', { enum: staffRoles }).notNull(),
    /** Restricted caseworkers see only the cases assigned to them. */
    restricted: boolean('restricted').notNull().default(false),
    ssoSubject: text('sso_subject'),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedAt: timestampTz('locked_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('staff_municipality_idx').on(t.municipalityId),
    // The municipality's OpenID provider names a person by its subject; one staff account per subject.
    uniqueIndex('staff_municipality_sso_subject_unique')
      .on(t.municipalityId, t.ssoSubject)
      .where(sql`${t.ssoSubject} is not null`),
  ],
);
