import { adminMunicipalityOf } from '../../lib/admin-access.js';
import { NotFoundError } from '../../lib/errors.js';
import type { JobQueue } from '../../lib/job-queue.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { FailedJobRow, FailedNotificationsRepository } from './failed-notifications.repository.js';
import type { FailedNotification } from './failed-notifications.schemas.js';

interface FailedNotificationsServiceDeps {
  repository: FailedNotificationsRepository;
  jobQueue: Pick<JobQueue, 'retryFailed'>;
  audit: Pick<AuditService, 'record'>;
  /** The notification queues and whom each one notifies. */
  queues: { applicant: string; staff: string };
}

const emailAddress = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g;
// Phone numbers and personnummer alike: a run of at least six digits, spaces, dashes or a leading plus.
const longNumber = /\+?\d[\d\s-]{4,}\d/g;

/**
 * The error as an administrator may see it. SMTP servers and 46elks quote the address or number they
 * refused, which is personal data; the rest (status code, reason) is what tells what went wrong.
 */
export function sanitiseError(message: string | null): string | null {
  if (!message) return null;
  return message.replace(emailAddress, '[adress]').replace(longNumber, '[nummer]').slice(0, 300);
}

/**
 * Notifications whose retries are used up, for the municipality's administrators to see and send again
 * (after fixing the mail server, say). Only ids, the event and the error: never who was to be notified.
 */
export function createFailedNotificationsService({
  repository,
  jobQueue,
  audit,
  queues,
}: FailedNotificationsServiceDeps) {
  const queueNames = [queues.applicant, queues.staff];

  const toView = (row: FailedJobRow): FailedNotification => ({
    id: row.id,
    recipient: row.queue === queues.applicant ? 'applicant' : 'staff',
    event: row.event,
    // Staff are notified by e-mail only, so their jobs name no channel.
    channel: row.channel === 'sms' ? 'sms' : 'email',
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    attempts: row.retryCount + 1,
    error: sanitiseError(row.errorMessage),
    failedAt: row.failedAt.toISOString(),
  });

  return {
    async list(identity: StaffIdentity, requestId: string) {
      const municipalityId = adminMunicipalityOf(identity);
      const rows = await repository.list(municipalityId, queueNames);
      // Case numbers of cases the admin may not otherwise handle: the read is logged like any other.
      await audit.record({
        municipalityId,
        actorKind: 'staff',
        actorId: identity.staffId,
        action: 'notification.failed.list',
        entityType: 'municipality',
        entityId: municipalityId,
        requestId,
        details: { count: rows.length },
      });
      return { items: rows.map(toView) };
    },

    /** One more attempt, now; another municipality's job, or one no longer failed, is not found (404). */
    async retry(identity: StaffIdentity, jobId: string, requestId: string) {
      const municipalityId = adminMunicipalityOf(identity);
      const row = await repository.find(municipalityId, queueNames, jobId);
      if (!row) throw new NotFoundError('No failed notification with that id');
      await jobQueue.retryFailed(row.queue, row.id);
      await audit.record({
        municipalityId,
        actorKind: 'staff',
        actorId: identity.staffId,
        action: 'notification.retry',
        entityType: 'case',
        entityId: row.caseId,
        requestId,
        details: { jobId: row.id, event: row.event, channel: toView(row).channel },
      });
    },
  };
}

export type FailedNotificationsService = ReturnType<typeof createFailedNotificationsService>;
