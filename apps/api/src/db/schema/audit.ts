import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './common.js';
import { municipalities } from './municipalities.js';

/**
 * Append-only record of every staff action and every staff read of personal data. Each row's hash
 * covers the previous row's hash, so editing or deleting a row breaks the chain visibly.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    municipalityId: uuid('municipality_id').references(() => municipalities.id),
    actorKind: text('actor_kind', { enum: ['applicant', 'staff', 'system', 'integration'] }).notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    /** Where the request came from (the client address, behind a proxy from X-Forwarded-For). */
    clientIp: text('client_ip'),
    createdAt: createdAt(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_municipality_idx').on(t.municipalityId, t.createdAt),
    index('audit_log_actor_idx').on(t.actorId, t.createdAt),
    // The log view's case filter also finds the list reads that showed the case (details.caseIds).
    index('audit_log_listed_cases_idx').using('gin', sql`(${t.details} -> 'caseIds')`),
  ],
);

/** Messages the dev outbox "sent" in embedded mode, listed at /api/dev/outbox. */
export const devOutbox = pgTable('dev_outbox', {
  id: id(),
  channel: text('channel', { enum: ['sms', 'email'] }).notNull(),
  recipient: text('recipient').notNull(),
  body: text('body').notNull(),
  createdAt: createdAt(),
});
