import type { Database } from '../../db/client.js';
import type { JobQueue } from '../../lib/job-queue.js';
import type { ApplicantEvent } from './templates/index.js';

export const APPLICANT_NOTIFICATIONS_QUEUE = 'applicant-notifications';

export type ApplicantChannel = 'email' | 'sms';

/** What a job carries: ids only, since the job table is not where personal data belongs. */
export interface ApplicantNotificationJob {
  caseId: string;
  event: ApplicantEvent;
  channel: ApplicantChannel;
}

/**
 * Called by the services whose events the applicant hears about, inside the event's own transaction, so
 * the notification is sent exactly when the event is committed. One job per channel: each is retried on
 * its own, so an SMS gateway that is down delays only the SMS and its retries never resend the e-mail.
 * Whether the applicant has an address or a number is decided at delivery, where the job is skipped.
 */
export function createApplicantNotifier(queue: Pick<JobQueue, 'send'>) {
  return {
    async caseNews(tx: Database, caseId: string, event: ApplicantEvent) {
      for (const channel of ['email', 'sms'] as const) {
        const job: ApplicantNotificationJob = { caseId, event, channel };
        await queue.send(tx, APPLICANT_NOTIFICATIONS_QUEUE, job);
      }
    },
  };
}

export type ApplicantNotifier = ReturnType<typeof createApplicantNotifier>;
