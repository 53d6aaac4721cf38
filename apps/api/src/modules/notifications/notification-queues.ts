import type { QueueDefinition } from '../../lib/job-queue.js';
import type { APPLICANT_NOTIFICATIONS_QUEUE } from './applicant-notifier.js';
import type { STAFF_NOTIFICATIONS_QUEUE } from './staff-notifier.js';

/**
 * The applicants' or the staff's notification queue, both with the configured retries and expiry. The expiry
 * (NOTIFICATION_JOB_EXPIRE_SECONDS, five minutes) is well above the SMTP and SMS timeouts, even for a staff job
 * that mails many colleagues: only a dead worker leaves a job active that long.
 */
export function notificationsQueue(
  name: typeof APPLICANT_NOTIFICATIONS_QUEUE | typeof STAFF_NOTIFICATIONS_QUEUE,
  settings: Omit<QueueDefinition, 'name'>,
): QueueDefinition {
  return { name, ...settings };
}
