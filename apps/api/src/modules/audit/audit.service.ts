import { createHash } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';
import { currentClientIp } from '../../lib/request-context.js';

export interface AuditEntry {
  municipalityId: string | null;
  actorKind: 'applicant' | 'staff' | 'system' | 'integration';
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  requestId: string | null;
  details?: Record<string, unknown>;
  /** Where the request came from; by default the address of the request being served. */
  clientIp?: string | null;
}

/** Arbitrary fixed key for the advisory lock that serialises appends to the hash chain. */
const AUDIT_CHAIN_LOCK = 727_001;
const GENESIS = '0'.repeat(64);

/**
 * A value with its object keys in the order jsonb keeps them (shorter keys first, then by bytes), so an
 * entry hashes the same when written and when read back from the database.
 */
function inJsonbOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inJsonbOrder);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const keys = Object.keys(value).sort((a, b) => {
    const byLength = Buffer.byteLength(a) - Buffer.byteLength(b);
    return byLength !== 0 ? byLength : Buffer.compare(Buffer.from(a), Buffer.from(b));
  });
  return Object.fromEntries(keys.map((key) => [key, inJsonbOrder((value as Record<string, unknown>)[key])]));
}

export function auditHash(prevHash: string, entry: AuditEntry, createdAt: Date): string {
  const fields: unknown[] = [
    prevHash,
    createdAt.toISOString(),
    entry.municipalityId,
    entry.actorKind,
    entry.actorId,
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.requestId,
    inJsonbOrder(entry.details ?? {}),
  ];
  // Appended only when known, so rows written before addresses were recorded keep their hashes.
  if (entry.clientIp) fields.push(entry.clientIp);
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/**
 * Appends to the audit log inside the caller's transaction (or its own), so an action and its
 * audit row commit together — and a read whose audit row cannot be written fails.
 */
export function createAuditService(db: Database) {
  async function append(executor: Database, given: AuditEntry) {
    const entry = { ...given, clientIp: given.clientIp ?? currentClientIp() };
    await executor.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
    const [last] = await executor.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    const prevHash = last?.hash ?? GENESIS;
    const createdAt = new Date();
    await executor.insert(auditLog).values({
      ...entry,
      details: entry.details ?? {},
      createdAt,
      prevHash,
      hash: auditHash(prevHash, entry, createdAt),
    });
  }

  return {
    record(entry: AuditEntry, transaction?: Database) {
      return transaction ? append(transaction, entry) : db.transaction((tx) => append(tx, entry));
    },

    /** Recomputes the chain; returns the sequence number of the first broken row, or null. */
    async verifyChain(): Promise<number | null> {
      const rows = await db.select().from(auditLog).orderBy(auditLog.seq);
      let prevHash = GENESIS;
      for (const row of rows) {
        const entry: AuditEntry = {
          municipalityId: row.municipalityId,
          actorKind: row.actorKind,
          actorId: row.actorId,
          action: row.action,
          entityType: row.entityType,
          entityId: row.entityId,
          requestId: row.requestId,
          details: row.details,
          clientIp: row.clientIp,
        };
        if (row.prevHash !== prevHash || row.hash !== auditHash(prevHash, entry, row.createdAt)) return row.seq;
        prevHash = row.hash;
      }
      return null;
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
