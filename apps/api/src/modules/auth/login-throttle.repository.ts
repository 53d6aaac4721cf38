import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { loginThrottles } from '../../db/schema/index.js';

export interface ThrottlePolicy {
  /** Failures within the window that lock the key; attempts beyond it are refused. */
  maxFailures: number;
  /** How long failures are remembered, counted from the first. */
  windowMs: number;
  lockMs: number;
}

const seconds = (ms: number) => sql`make_interval(secs => ${ms / 1000})`;

/** Counters in SQL with the database's clock, so API processes with drifting clocks agree. */
export function createLoginThrottleRepository(db: Database) {
  const t = loginThrottles;
  const lockedNow = sql`coalesce(${t.lockedUntil} > now(), false)`;

  return {
    /**
     * Counts one attempt, atomically. A lock or a window that has run out starts the count again;
     * an attempt past the limit locks the key. Returns whether the key is locked (and the attempt refused).
     */
    async countAttempt(key: string, policy: ThrottlePolicy): Promise<{ failures: number; locked: boolean }> {
      const startsOver = sql`(${t.windowStartedAt} < now() - ${seconds(policy.windowMs)} or coalesce(${t.lockedUntil} <= now(), false))`;
      const [row] = await db
        .insert(t)
        .values({ key, failures: 1, windowStartedAt: sql`now()` })
        .onConflictDoUpdate({
          target: t.key,
          set: {
            failures: sql`case when ${lockedNow} then ${t.failures} when ${startsOver} then 1 else ${t.failures} + 1 end`,
            windowStartedAt: sql`case when not ${lockedNow} and ${startsOver} then now() else ${t.windowStartedAt} end`,
            lockedUntil: sql`case when ${lockedNow} then ${t.lockedUntil} when ${startsOver} then null
              when ${t.failures} + 1 > ${policy.maxFailures} then now() + ${seconds(policy.lockMs)} else null end`,
          },
        })
        .returning({ failures: t.failures, locked: lockedNow.mapWith(Boolean) });
      return row!;
    },

    /** Takes back an attempt that turned out not to be a failure. */
    async uncount(key: string) {
      await db
        .update(t)
        .set({ failures: sql`greatest(${t.failures} - 1, 0)` })
        .where(and(eq(t.key, key), isNull(t.lockedUntil)));
    },

    async lock(key: string, policy: ThrottlePolicy) {
      await db
        .update(t)
        .set({ lockedUntil: sql`now() + ${seconds(policy.lockMs)}` })
        .where(and(eq(t.key, key), or(isNull(t.lockedUntil), lte(t.lockedUntil, sql`now()`))));
    },

    async lockedUntil(key: string) {
      const [row] = await db
        .select({ lockedUntil: t.lockedUntil })
        .from(t)
        .where(and(eq(t.key, key), sql`${t.lockedUntil} > now()`));
      return row?.lockedUntil ?? null;
    },

    async clear(key: string, transaction: Database = db) {
      await transaction.delete(t).where(eq(t.key, key));
    },
  };
}

export type LoginThrottleRepository = ReturnType<typeof createLoginThrottleRepository>;
