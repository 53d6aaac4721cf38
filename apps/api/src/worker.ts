import { pino } from 'pino';
import { loadConfig } from './config/env.js';
import { orExit, processEnvironment } from './config/from-process.js';
import { openDatabase } from './db/client.js';
import { createSenders, jobWorkers, maintenanceIntervalSeconds, startJobs } from './jobs/start-workers.js';
import { createJobQueue } from './lib/job-queue.js';
import { loggerOptions } from './lib/logger.js';
import { createApplicantNotifier } from './modules/notifications/applicant-notifier.js';
import { createDevOutbox } from './modules/notifications/dev-outbox.js';
import { createStaffNotifier } from './modules/notifications/staff-notifier.js';
import { createWebhookDispatcher } from './modules/webhooks/webhook-dispatcher.js';
import { createWebhooksRepository } from './modules/webhooks/webhooks.repository.js';

/**
 * `pnpm worker`: runs the job queues (notifications) without serving HTTP, next to API processes started
 * with RUN_JOBS=false or alongside ones that run jobs too; pg-boss hands each job to one process only. It
 * reads the same environment as the API and needs PostgreSQL; the API applies the migrations.
 */
const config = orExit(() => loadConfig(processEnvironment()));
if (config.database.kind !== 'postgres') {
  console.error(
    'The worker needs PostgreSQL (DATABASE_URL). With the embedded PGlite database only one process can open ' +
      'it: leave RUN_JOBS on and the API process runs the jobs itself.',
  );
  process.exit(1);
}

const log = pino(loggerOptions(config.logLevel));
const database = openDatabase(config.database);
const jobQueue = createJobQueue(database, log, { maintenanceIntervalSeconds: maintenanceIntervalSeconds(config) });
const senders = createSenders(config, createDevOutbox(database.db, log));
const applicantNotifier = createApplicantNotifier(jobQueue);
const staffNotifier = createStaffNotifier(jobQueue);
const workers = jobWorkers(config, database.db, senders, { applicantNotifier, staffNotifier, log });
await startJobs(jobQueue, workers, { run: true });
const webhookDispatcher = createWebhookDispatcher({
  db: database.db,
  repository: createWebhooksRepository(database.db),
  queue: jobQueue,
  log,
}).start(config.webhooks.dispatchIntervalMs);
log.info('worker started; waiting for jobs');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received, letting running jobs finish`);
    // Jobs still running after the queue's grace period are taken over by another process once they expire.
    webhookDispatcher
      .stop()
      .then(() => jobQueue.stop())
      .then(() => database.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, 'error while stopping');
          process.exit(1);
        },
      );
  });
}
