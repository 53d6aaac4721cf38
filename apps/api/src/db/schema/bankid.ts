import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sessions } from './auth.js';
import { cases } from './cases.js';
import { createdAt, id, timestampTz } from './common.js';
import { municipalities } from './municipalities.js';
import { applicants } from './people.js';

export const bankIdFlows = ['same_device', 'other_device'] as const;
export type BankIdFlow = (typeof bankIdFlows)[number];

/**
 * A BankID login in progress. The QR secret stays here (never sent to the browser); the row is bound to
 * the browser that started it by the hash of a cookie, and can create at most one session.
 */
export const bankIdLogins = pgTable(
  'bankid_logins',
  {
    id: id(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    browserKeyHash: text('browser_key_hash').notNull(),
    flow: text('flow', { enum: bankIdFlows }).notNull(),
    orderRef: text('order_ref').notNull().unique(),
    qrStartToken: text('qr_start_token').notNull(),
    qrStartSecret: text('qr_start_secret').notNull(),
    /** When the auth response arrived: second 0 of the animated QR code. */
    orderStartedAt: timestampTz('order_started_at').notNull(),
    status: text('status', { enum: ['pending', 'failed', 'complete'] })
      .notNull()
      .default('pending'),
    hintCode: text('hint_code'),
    finishedAt: timestampTz('finished_at'),
    createdAt: createdAt(),
  },
  (t) => [index('bankid_logins_municipality_idx').on(t.municipalityId)],
);

/**
 * An applicant's BankID signature of an application: the order while it runs (bound to the session that
 * started it), then the evidence BankID returns. The app showed `visibleText`; `answersDigest` went along
 * as userNonVisibleData, so the signature covers exactly the answers submitted. One case per signature.
 */
export const bankIdSignatures = pgTable(
  'bankid_signatures',
  {
    id: id(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => applicants.id),
    sessionId: uuid('session_id').references(() => sessions.id, { onDelete: 'set null' }),
    formId: text('form_id').notNull(),
    formVersion: integer('form_version').notNull(),
    /** SHA-256 (hex) of the canonical JSON of {formId, formVersion, data: the visible answers}. */
    answersDigest: text('answers_digest').notNull(),
    /** What the BankID app showed, in simpleMarkdownV1. */
    visibleText: text('visible_text').notNull(),
    flow: text('flow', { enum: bankIdFlows }).notNull(),
    orderRef: text('order_ref').notNull().unique(),
    qrStartToken: text('qr_start_token').notNull(),
    qrStartSecret: text('qr_start_secret').notNull(),
    orderStartedAt: timestampTz('order_started_at').notNull(),
    status: text('status', { enum: ['pending', 'failed', 'complete'] })
      .notNull()
      .default('pending'),
    hintCode: text('hint_code'),
    finishedAt: timestampTz('finished_at'),
    /** completionData.signature: base64 of BankID's XML signature. */
    signature: text('signature'),
    /** completionData.ocspResponse: base64 of the OCSP response that the certificate was valid. */
    ocspResponse: text('ocsp_response'),
    signerPersonnummer: text('signer_personnummer'),
    signerName: text('signer_name'),
    signedAt: timestampTz('signed_at'),
    caseId: uuid('case_id')
      .unique()
      .references(() => cases.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('bankid_signatures_municipality_idx').on(t.municipalityId),
    index('bankid_signatures_applicant_idx').on(t.applicantId),
    index('bankid_signatures_session_idx').on(t.sessionId),
  ],
);
