import type { Database } from '../../db/client.js';
import type { JobQueue, QueueDefinition } from '../../lib/job-queue.js';
import type { ApplicantEvent } from './templates/index.js';

export const APPLICANT_NOTIFICATIONS_QUEUE = 'applicant-notifications';

/** What a job carries: ids only, since the job table is not where personal data belongs. */
export interface ApplicantNotificationJob {
  caseId: string;
  event: ApplicantEvent;
}

export function applicantNotificationsQueue(retry: { retryLimit: number; retryDelaySeconds: number }): QueueDefinition {
  // Five minutes is well above the SMTP timeouts: only a dead worker leaves a job active that long.
  return { name: APPLICANT_NOTIFICATIONS_QUEUE, ...retry, expireInSeconds: 5 * 60 };
}

/**
 * Called by the services whose events the applicant hears about, inside the event's own transaction, so
 * the notification is sent exactly when the event is committed.
 */
export function createApplicantNotifier(queue: Pick<JobQueue, 'send'>) {
  return {
    async caseNews(tx: Database, caseId: string, event: ApplicantEvent) {
      const job: ApplicantNotificationJob = { caseId, event };
      await queue.send(tx, APPLICANT_NOTIFICATIONS_QUEUE, job);
    },
  };
}

export type ApplicantNotifier = ReturnType<typeof createApplicantNotifier>;
