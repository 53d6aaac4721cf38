import PgBoss from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, DatabaseHandle } from '../db/client.js';

/** A queue and how its failed jobs are retried: after retryDelaySeconds, doubling each time. */
export interface QueueDefinition {
  name: string;
  retryLimit: number;
  retryDelaySeconds: number;
  /** A job still active after this long (its worker died mid-run) is failed and so retried. */
  expireInSeconds: number;
}

export interface Job<Data> {
  /** Stable across retries: a handler derives idempotency keys from it. */
  id: string;
  data: Data;
}

/** pg-boss runs its SQL through this; within a drizzle transaction the job is part of that transaction. */
function transactionExecutor(tx: Database) {
  return {
    executeSql: (text: string, values: unknown[]) =>
      tx._.session.prepareQuery({ sql: text, params: values }, undefined, undefined, false).execute() as Promise<{
        rows: unknown[];
      }>,
  };
}

/**
 * A durable job queue (pg-boss) in the app's own database, PostgreSQL or the embedded PGlite, through the
 * app's connection. pg-boss keeps its tables in its own schema `pgboss`, which it installs and upgrades
 * itself on start under an advisory lock, apart from the drizzle migrations. Fetching uses
 * `FOR UPDATE SKIP LOCKED`, so several API processes never run the same job at once.
 */
export function createJobQueue(database: Pick<DatabaseHandle, 'executeSql'>, log: FastifyBaseLogger) {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values) },
    // No cron jobs yet; the clock-skew monitor that scheduling needs would only add queries.
    schedule: false,
  });
  // Errors of pg-boss's own polling and maintenance; a failing job is recorded on the job instead.
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));

  return {
    /** Installs or upgrades pg-boss's schema and creates the queues, applying changed retry settings. */
    async start(queues: readonly QueueDefinition[]) {
      await boss.start();
      for (const queue of queues) {
        const options = {
          retryLimit: queue.retryLimit,
          retryDelay: queue.retryDelaySeconds,
          retryBackoff: true,
          expireInSeconds: queue.expireInSeconds,
        };
        await boss.createQueue(queue.name, { name: queue.name, ...options });
        await boss.updateQueue(queue.name, { name: queue.name, ...options });
      }
    },

    /**
     * Enqueues inside the caller's transaction: a rolled-back event leaves no job, a committed one cannot be
     * lost. The data is stored in the database, so it holds ids, never personal data.
     */
    async send(tx: Database, queue: string, data: object) {
      await boss.send(queue, data, { db: transactionExecutor(tx) });
    },

    /** Runs the handler for each job, one at a time; a thrown error fails the attempt and schedules a retry. */
    async work<Data>(queue: string, handler: (job: Job<Data>) => Promise<void>) {
      // Polled every half second (pg-boss's minimum) rather than every two: a notification should follow its
      // event within a second, and each poll is one indexed query.
      await boss.work<Data>(queue, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
        if (job) await handler({ id: job.id, data: job.data });
      });
    },

    /** Lets running jobs finish (up to 30 seconds) and stops polling; call before the database closes. */
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }),
  };
}

export type JobQueue = ReturnType<typeof createJobQueue>;
