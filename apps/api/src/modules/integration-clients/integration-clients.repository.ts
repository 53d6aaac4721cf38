import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { integrationClients, type IntegrationClientRow } from '../../db/schema/index.js';
import type { IntegrationScope } from './scopes.js';

/** The secret generation tokens carry: rotating the secret moves it on, ending the older tokens. */
export const secretVersionOf = (row: Pick<IntegrationClientRow, 'createdAt' | 'rotatedAt'>) =>
  (row.rotatedAt ?? row.createdAt).getTime();

export function createIntegrationClientsRepository(db: Database) {
  return {
    async find(clientId: string): Promise<IntegrationClientRow | undefined> {
      const [row] = await db.select().from(integrationClients).where(eq(integrationClients.id, clientId));
      return row;
    },

    async findInMunicipality(municipalityId: string, clientId: string) {
      const [row] = await db
        .select()
        .from(integrationClients)
        .where(and(eq(integrationClients.id, clientId), eq(integrationClients.municipalityId, municipalityId)));
      return row;
    },

    list(municipalityId: string) {
      return db
        .select()
        .from(integrationClients)
        .where(eq(integrationClients.municipalityId, municipalityId))
        .orderBy(desc(integrationClients.createdAt));
    },

    async create(
      values: {
        municipalityId: string;
        name: string;
        scopes: IntegrationScope[];
        secretHash: string;
        secretLast4: string;
        createdByStaffId: string | null;
      },
      executor: Database = db,
    ) {
      const [row] = await executor.insert(integrationClients).values(values).returning();
      return row!;
    },

    /** Replaces the secret of a client that is not revoked; undefined when there is none such. */
    async rotate(clientId: string, secretHash: string, secretLast4: string, executor: Database = db) {
      const [row] = await executor
        .update(integrationClients)
        .set({ secretHash, secretLast4, rotatedAt: new Date() })
        .where(and(eq(integrationClients.id, clientId), isNull(integrationClients.revokedAt)))
        .returning();
      return row;
    },

    async revoke(clientId: string, executor: Database = db) {
      const [row] = await executor
        .update(integrationClients)
        .set({ revokedAt: new Date() })
        .where(and(eq(integrationClients.id, clientId), isNull(integrationClients.revokedAt)))
        .returning();
      return row;
    },

    async touch(clientId: string) {
      await db.update(integrationClients).set({ lastUsedAt: new Date() }).where(eq(integrationClients.id, clientId));
    },
  };
}

export type IntegrationClientsRepository = ReturnType<typeof createIntegrationClientsRepository>;
