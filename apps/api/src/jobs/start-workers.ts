import type { AppConfig } from '../config/env.js';
import type { Database } from '../db/client.js';
import type { Job, JobQueue, QueueDefinition } from '../lib/job-queue.js';
import { createApplicantDelivery } from '../modules/notifications/applicant-delivery.js';
import {
  APPLICANT_NOTIFICATIONS_QUEUE,
  type ApplicantNotificationJob,
} from '../modules/notifications/applicant-notifier.js';
import type { DevOutbox } from '../modules/notifications/dev-outbox.js';
import { createElksSmsSender } from '../modules/notifications/elks-sms-sender.js';
import { createSmtpEmailSender, type EmailSender } from '../modules/notifications/email-sender.js';
import { createNotificationsRepository } from '../modules/notifications/notifications.repository.js';
import type { SmsSender } from '../modules/notifications/sms-sender.js';
import { createStaffDelivery } from '../modules/notifications/staff-delivery.js';
import { notificationsQueue } from '../modules/notifications/notification-queues.js';
import {
  STAFF_NOTIFICATIONS_QUEUE,
  type StaffNotificationJob,
  type StaffNotifier,
} from '../modules/notifications/staff-notifier.js';
import { createStaffRecipientsRepository } from '../modules/notifications/staff-recipients.repository.js';
import type { ApplicantNotifier } from '../modules/notifications/applicant-notifier.js';
import { createMailingDelivery, mailingsQueue, type MailingJob } from '../modules/mailings/mailing-delivery.js';
import { createMailingsRepository } from '../modules/mailings/mailings.repository.js';
import { createMessagesRepository } from '../modules/messages/messages.repository.js';
import type { FastifyBaseLogger } from 'fastify';
import { createDeadlineCheckJob, deadlineCheckQueue } from '../modules/deadlines/deadline-check-job.js';
import { createDeadlinesRepository } from '../modules/deadlines/deadlines.repository.js';
import { createDeadlinesService } from '../modules/deadlines/deadlines.service.js';
import {
  createWebhookDelivery,
  webhookDeliveriesQueue,
  type WebhookDeliveryJob,
} from '../modules/webhooks/webhook-delivery.js';
import { createWebhooksRepository } from '../modules/webhooks/webhooks.repository.js';

/** A queue with the handler that runs its jobs. */
export interface JobWorker {
  queue: QueueDefinition;
  handle: (job: Job<unknown>) => Promise<void>;
  /** A cron expression (Swedish time): pg-boss then enqueues a job into the queue itself at those times. */
  schedule?: string;
  /** Jobs of the queue run at once in each process; 1 unless set. */
  concurrency?: number;
}

/** Pairs a queue with a handler typed for its job data, for the list below. */
function worker<Data>(queue: QueueDefinition, handle: (job: Job<Data>) => Promise<void>, schedule?: string): JobWorker {
  return { queue, handle: handle as (job: Job<unknown>) => Promise<void>, ...(schedule ? { schedule } : {}) };
}

/** Webhook attempts at once per process: a receiver that times out holds one for 10 seconds, not the queue. */
const WEBHOOK_CONCURRENCY = 4;

export interface Senders {
  email: EmailSender;
  sms: SmsSender;
}

/** SMTP and 46elks when configured, otherwise the dev outbox (embedded/dev mode). */
export function createSenders(config: AppConfig, outbox: DevOutbox): Senders {
  return {
    email: config.email.kind === 'smtp' ? createSmtpEmailSender(config.email.smtp) : outbox.emailSender,
    sms: config.sms.kind === '46elks' ? createElksSmsSender(config.sms) : outbox.sender,
  };
}

/**
 * Every queue and its handler. The API process creates the same queues whether or not it runs them
 * (RUN_JOBS), since it enqueues into them; a new queue is one more entry here.
 */
export function jobWorkers(
  config: AppConfig,
  db: Database,
  senders: Senders,
  /**
   * Jobs that cause notifications of their own: a mailing's case messages, and the deadline check telling
   * assignees of overdue cases and reminding applicants.
   */
  deps: {
    applicantNotifier: Pick<ApplicantNotifier, 'caseNews'>;
    staffNotifier: Pick<StaffNotifier, 'caseNews'>;
    log: FastifyBaseLogger;
  },
): JobWorker[] {
  const queueSettings = config.notifications;
  return [
    worker<ApplicantNotificationJob>(
      notificationsQueue(APPLICANT_NOTIFICATIONS_QUEUE, queueSettings),
      createApplicantDelivery({
        repository: createNotificationsRepository(db),
        email: senders.email,
        sms: senders.sms,
        publicUrl: config.publicUrl,
        defaultFrom: config.email.from,
      }),
    ),
    worker<StaffNotificationJob>(
      notificationsQueue(STAFF_NOTIFICATIONS_QUEUE, queueSettings),
      createStaffDelivery({
        repository: createStaffRecipientsRepository(db),
        email: senders.email,
        publicUrl: config.publicUrl,
        defaultFrom: config.email.from,
      }),
    ),
    worker<MailingJob>(
      mailingsQueue(queueSettings),
      createMailingDelivery({
        db,
        repository: createMailingsRepository(db),
        messages: createMessagesRepository(db),
        email: senders.email,
        sms: senders.sms,
        notifier: deps.applicantNotifier,
        publicUrl: config.publicUrl,
        defaultFrom: config.email.from,
        log: deps.log,
      }),
    ),
    worker(
      deadlineCheckQueue(),
      createDeadlineCheckJob({
        service: createDeadlinesService({
          db,
          repository: createDeadlinesRepository(),
          staffNotifier: deps.staffNotifier,
          applicantNotifier: deps.applicantNotifier,
          reminderWorkingDays: config.deadlines.reminderWorkingDays,
        }),
        log: deps.log,
      }),
      config.deadlines.checkCron,
    ),
    {
      ...worker<WebhookDeliveryJob>(
        webhookDeliveriesQueue(config.webhooks),
        createWebhookDelivery({ repository: createWebhooksRepository(db), log: deps.log }),
      ),
      concurrency: WEBHOOK_CONCURRENCY,
    },
  ];
}

/** How often expired jobs are looked for: two minutes, or sooner when a queue expires jobs sooner. */
export function maintenanceIntervalSeconds(config: AppConfig) {
  return Math.min(120, config.notifications.expireInSeconds);
}

/**
 * Installs or upgrades the queue schema and creates the queues; with `run`, also polls them. Whoever calls
 * this stops the queue (`jobQueue.stop()`) before closing the database, so running jobs can finish.
 */
export async function startJobs(jobQueue: JobQueue, workers: readonly JobWorker[], { run }: { run: boolean }) {
  await jobQueue.start(workers.map((entry) => entry.queue));
  // Every process keeps the schedules up to date, so a changed expression applies whichever starts first.
  for (const entry of workers) if (entry.schedule) await jobQueue.schedule(entry.queue.name, entry.schedule);
  if (!run) return;
  for (const entry of workers) {
    // Each `work` is a poller of its own running one job at a time.
    for (let n = 0; n < (entry.concurrency ?? 1); n++) await jobQueue.work(entry.queue.name, entry.handle);
  }
}
