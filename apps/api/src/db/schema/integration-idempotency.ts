import { jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './common.js';
import { integrationClients } from './integration.js';

/**
 * The integration API's answers to writes sent with an `Idempotency-Key`, per client, so a retried request
 * gets the first answer instead of acting twice.
 */
export const integrationIdempotencyKeys = pgTable(
  'integration_idempotency_keys',
  {
    clientId: uuid('client_id')
      .notNull()
      .references(() => integrationClients.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** The operation and case the key was used for, with the body's hash: a key reused for anything else is refused. */
    operation: text('operation').notNull(),
    requestHash: text('request_hash').notNull(),
    /** The 200 answer's body. */
    response: jsonb('response').$type<unknown>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.key] })],
);
