import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { IntegrationScope } from '../../modules/integration-clients/scopes.js';
import { createdAt, id, timestampTz } from './common.js';
import { municipalities } from './municipalities.js';
import { staff } from './people.js';

/**
 * A municipal case system that calls /api/v1 with OAuth2 client credentials. Only a keyed hash of the
 * secret is stored; the last characters are kept so admins can tell which secret a system holds.
 */
export const integrationClients = pgTable(
  'integration_clients',
  {
    id: id(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    name: text('name').notNull(),
    scopes: jsonb('scopes').$type<IntegrationScope[]>().notNull(),
    secretHash: text('secret_hash').notNull(),
    secretLast4: text('secret_last4').notNull(),
    createdByStaffId: uuid('created_by_staff_id').references(() => staff.id),
    createdAt: createdAt(),
    rotatedAt: timestampTz('rotated_at'),
    revokedAt: timestampTz('revoked_at'),
    /** When the client last obtained a token (not every call, which the audit log records). */
    lastUsedAt: timestampTz('last_used_at'),
  },
  (t) => [
    index('integration_clients_municipality_idx').on(t.municipalityId, t.createdAt),
    index('integration_clients_created_by_idx').on(t.createdByStaffId),
  ],
);

export type IntegrationClientRow = typeof integrationClients.$inferSelect;
