import { createHash } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';

export interface AuditEntry {
  municipalityId: string | null;
  actorKind: 'applicant' | 'staff' | 'system' | 'integration';
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  requestId: string | null;
  details?: Record<string, unknown>;
}

/** Arbitrary fixed key for the advisory lock that serialises appends to the hash chain. */
const AUDIT_CHAIN_LOCK = 727_001;
const GENESIS = '0'.repeat(64);

export function auditHash(prevHash: string, entry: AuditEntry, createdAt: Date): string {
  const canonical = JSON.stringify([
    prevHash,
    createdAt.toISOString(),
    entry.municipalityId,
    entry.actorKind,
    entry.actorId,
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.requestId,
    entry.details ?? {},
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends to the audit log inside the caller's transaction (or its own), so an action and its
 * audit row commit together — and a read whose audit row cannot be written fails.
 */
export function createAuditService(db: Database) {
  async function append(executor: Database, entry: AuditEntry) {
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
        };
        if (row.prevHash !== prevHash || row.hash !== auditHash(prevHash, entry, row.createdAt)) return row.seq;
        prevHash = row.hash;
      }
      return null;
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
