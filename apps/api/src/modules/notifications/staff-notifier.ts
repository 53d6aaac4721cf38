import type { Database } from '../../db/client.js';
import type { JobQueue } from '../../lib/job-queue.js';
import type { StaffEvent } from './templates/index.js';

export const STAFF_NOTIFICATIONS_QUEUE = 'staff-notifications';

/**
 * What a job carries: ids only. Who hears of the event is decided when the job runs, except for an
 * assignment, which concerns the one person assigned.
 */
export type StaffNotificationJob =
  | {
      caseId: string;
      event: Exclude<StaffEvent, 'assigned'>;
      /** The colleague who caused the event, who needs no e-mail about it. */
      actorStaffId?: string;
    }
  | { caseId: string; event: 'assigned'; staffId: string };

/**
 * Called by the services whose events staff hear about, inside the event's own transaction, so a
 * notification goes out exactly when the event is committed.
 */
export function createStaffNotifier(queue: Pick<JobQueue, 'send'>) {
  return {
    /** With `actorStaffId`, the staff member who caused the event is left out of the recipients. */
    async caseNews(tx: Database, caseId: string, event: Exclude<StaffEvent, 'assigned'>, actorStaffId?: string) {
      const job: StaffNotificationJob = { caseId, event, ...(actorStaffId ? { actorStaffId } : {}) };
      await queue.send(tx, STAFF_NOTIFICATIONS_QUEUE, job);
    },

    async assigned(tx: Database, caseId: string, staffId: string) {
      const job: StaffNotificationJob = { caseId, event: 'assigned', staffId };
      await queue.send(tx, STAFF_NOTIFICATIONS_QUEUE, job);
    },
  };
}

export type StaffNotifier = ReturnType<typeof createStaffNotifier>;
