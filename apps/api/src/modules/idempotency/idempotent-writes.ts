import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import type { Database } from '../../db/client.js';
import { integrationIdempotencyKeys } from '../../db/schema/index.js';
import { BusinessRuleError } from '../../lib/errors.js';
import type { IntegrationClient } from '../../plugins/integration-auth.js';

/** A write's stored answer, replayed for a retry with the same `Idempotency-Key`. */
export interface IdempotentWrite {
  key: string | undefined;
  /** The operation and its target, e.g. `v1SendMessage:<caseId>`: a key reused elsewhere is refused. */
  operation: string;
  body: unknown;
}

class IdempotentReplay extends Error {}

/** The `Idempotency-Key` handling every /api/v1 write shares. */
export function createIdempotentWrites(db: Database) {
  async function findKey(clientId: string, key: string) {
    const [row] = await db
      .select()
      .from(integrationIdempotencyKeys)
      .where(and(eq(integrationIdempotencyKeys.clientId, clientId), eq(integrationIdempotencyKeys.key, key)));
    return row;
  }

  /**
   * Stores the answer in the write's own transaction. False when a concurrent request with the same key
   * committed first (the insert waits for it), so the caller rolls back and answers as that one did.
   */
  async function saveKey(tx: Database, values: typeof integrationIdempotencyKeys.$inferInsert) {
    const rows = await tx
      .insert(integrationIdempotencyKeys)
      .values(values)
      .onConflictDoNothing()
      .returning({ key: integrationIdempotencyKeys.key });
    return rows.length === 1;
  }

  /**
   * Runs the write with its answer stored under the client's key in the same transaction, so a retry with
   * the same key and body gets the first answer and one with another body (or another case) is refused.
   */
  return async function idempotent<T>(
    client: IntegrationClient,
    write: IdempotentWrite,
    run: (tx: Database) => Promise<T>,
  ): Promise<{ result: T; replayed: boolean }> {
    if (!write.key) return { result: await db.transaction(run), replayed: false };
    const key = write.key;
    const requestHash = createHash('sha256')
      .update(JSON.stringify(write.body ?? null))
      .digest('hex');
    const replay = async () => {
      const stored = await findKey(client.clientId, key);
      if (!stored) return undefined;
      if (stored.operation !== write.operation || stored.requestHash !== requestHash) {
        throw new BusinessRuleError(
          'idempotency-key-reused',
          'The Idempotency-Key was already used for another request; use a new key for a new request',
        );
      }
      return { result: stored.response as T, replayed: true };
    };
    const earlier = await replay();
    if (earlier) return earlier;
    try {
      const result = await db.transaction(async (tx) => {
        const response = await run(tx);
        const saved = await saveKey(tx, {
          clientId: client.clientId,
          key,
          operation: write.operation,
          requestHash,
          response: JSON.parse(JSON.stringify(response)),
        });
        if (!saved) throw new IdempotentReplay();
        return response;
      });
      return { result, replayed: false };
    } catch (error) {
      if (!(error instanceof IdempotentReplay)) throw error;
      return (await replay())!;
    }
  };
}

export type IdempotentWrites = ReturnType<typeof createIdempotentWrites>;

/** The write's answer, marked `Idempotent-Replayed: true` when it is the stored answer of an earlier request. */
export function answered<T>(reply: FastifyReply, written: { result: T; replayed: boolean }): T {
  if (written.replayed) void reply.header('idempotent-replayed', 'true');
  return written.result;
}
