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
  /** No retry follows if this attempt fails: a handler can settle what it would otherwise leave for one. */
  lastAttempt: boolean;
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
export function createJobQueue(
  database: Pick<DatabaseHandle, 'executeSql'>,
  log: FastifyBaseLogger,
  options: {
    /**
     * How often expired jobs are looked for (and old ones archived); at most the shortest expiry, so a job
     * whose worker died is retried soon after it expires. Two minutes when omitted.
     */
    maintenanceIntervalSeconds?: number;
  } = {},
) {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values) },
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 120,
    // Failed jobs stay in the job table, where administrators see and retry them, for 30 days (pg-boss's
    // default is 12 hours) before they are archived.
    archiveFailedAfterSeconds: 30 * 24 * 60 * 60,
    // Cron jobs (`schedule`): every started process watches the schedules, and pg-boss lets one of them per
    // minute enqueue what is due, so several processes start each scheduled run once.
    schedule: true,
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
      await boss.work<Data>(queue, { pollingIntervalSeconds: 0.5, includeMetadata: true }, async ([job]) => {
        if (job) await handler({ id: job.id, data: job.data, lastAttempt: job.retryCount >= job.retryLimit });
      });
    },

    /**
     * Gives a job that failed for good (its retries used up) one more attempt, at once; a job in any other
     * state is left as it is.
     */
    retryFailed: (queue: string, id: string) => boss.retry(queue, id),

    /**
     * Enqueues an empty job into the queue (created by `start`) at each time the cron expression names, in
     * Swedish time. Stored in the database and replaced by name, so a changed expression applies on restart.
     */
    schedule: (queue: string, cron: string) => boss.schedule(queue, cron, {}, { tz: 'Europe/Stockholm' }),

    /** Lets running jobs finish (up to 30 seconds) and stops polling; call before the database closes. */
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }),
  };
}

export type JobQueue = ReturnType<typeof createJobQueue>;
