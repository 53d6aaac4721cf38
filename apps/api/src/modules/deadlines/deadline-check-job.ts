import type { FastifyBaseLogger } from 'fastify';
import type { QueueDefinition } from '../../lib/job-queue.js';
import type { DeadlinesService } from './deadlines.service.js';

export const DEADLINE_CHECK_QUEUE = 'deadline-check';

export function deadlineCheckQueue(): QueueDefinition {
  // No retries: the next scheduled run is the retry, and it picks up whatever a failed run left.
  return { name: DEADLINE_CHECK_QUEUE, retryLimit: 0, retryDelaySeconds: 60, expireInSeconds: 15 * 60 };
}

/** The scheduled job's handler: the cron only triggers it, the check itself knows what is due. */
export function createDeadlineCheckJob({ service, log }: { service: DeadlinesService; log: FastifyBaseLogger }) {
  return async () => {
    const { overdueCases, reminders } = await service.check();
    if (overdueCases > 0 || reminders > 0) log.info({ overdueCases, reminders }, 'deadline check notified');
  };
}
