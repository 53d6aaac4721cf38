import type { Database } from '../../db/client.js';
import { mailingRecipientStatuses, type MailingRecipientStatus, type MailingSelection } from '../../db/schema/index.js';
import { caseScopeFor } from '../../lib/case-access.js';
import { BusinessRuleError, NotFoundError } from '../../lib/errors.js';
import type { JobQueue } from '../../lib/job-queue.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { MailingsRepository } from './mailings.repository.js';
import type { CreateMailingInput, SelectionInput } from './mailings.schemas.js';
import { MAILINGS_QUEUE, type MailingJob } from './mailing-delivery.js';

interface MailingsServiceDeps {
  db: Database;
  repository: MailingsRepository;
  audit: Pick<AuditService, 'record'>;
  queue: Pick<JobQueue, 'send'>;
}

/** Failures listed on a mailing's page; the counts cover all of them. */
const MAX_FAILURES_LISTED = 500;

const toSelection = (input: SelectionInput): MailingSelection =>
  input.kind === 'cases' ? { kind: 'cases', caseIds: [...new Set(input.caseIds)] } : input;

type Progress = Record<MailingRecipientStatus, number>;

const noProgress = () => Object.fromEntries(mailingRecipientStatuses.map((status) => [status, 0])) as Progress;

function progressByMailing(rows: { mailingId: string; status: MailingRecipientStatus; count: number }[]) {
  const byMailing = new Map<string, Progress>();
  for (const row of rows) {
    const progress = byMailing.get(row.mailingId) ?? noProgress();
    progress[row.status] = row.count;
    byMailing.set(row.mailingId, progress);
  }
  return (mailingId: string) => byMailing.get(mailingId) ?? noProgress();
}

/**
 * Mass mailings ("Skapa utskick"): staff pick cases or a filter, and the applicants of those cases get the
 * text they wrote by e-mail, SMS or as a message in the case thread. The mailing, its recipients and the
 * delivery job are written in one transaction; the job delivers in batches (`mailing-delivery.ts`).
 */
export function createMailingsService({ db, repository, audit, queue }: MailingsServiceDeps) {
  /**
   * A restricted caseworker sees only the mailings they made themselves: another's would list case numbers
   * of cases they may not see.
   */
  const visibleCreator = (identity: StaffIdentity) => (identity.restricted ? identity.staffId : null);

  return {
    async preview(
      identity: StaffIdentity,
      input: { selection: SelectionInput; channel: CreateMailingInput['channel'] },
    ) {
      return repository.preview(caseScopeFor(identity), toSelection(input.selection), input.channel);
    },

    async create(identity: StaffIdentity, input: CreateMailingInput, requestId: string) {
      const scope = caseScopeFor(identity);
      const selection = toSelection(input.selection);
      return db.transaction(async (tx) => {
        const mailing = await repository.insertMailing(tx, {
          municipalityId: scope.municipalityId,
          createdByStaffId: identity.staffId,
          channel: input.channel,
          subject: input.channel === 'email' ? input.subject! : null,
          body: input.body,
          selection,
          recipientCount: 0,
        });
        const recipients = await repository.insertRecipients(tx, mailing.id, scope, selection);
        if (recipients.length === 0) {
          throw new BusinessRuleError('no-recipients', 'The selection holds no case whose applicant can get a mailing');
        }
        await repository.setRecipientCount(tx, mailing.id, recipients.length);
        const job: MailingJob = { mailingId: mailing.id };
        await queue.send(tx, MAILINGS_QUEUE, job);
        // One entry for the whole mailing; the case ids let the audit log's case filter find it per case.
        await audit.record(
          {
            municipalityId: scope.municipalityId,
            actorKind: 'staff',
            actorId: identity.staffId,
            action: 'mailing.create',
            entityType: 'mailing',
            entityId: mailing.id,
            requestId,
            details: {
              channel: input.channel,
              recipientCount: recipients.length,
              caseIds: recipients.map((recipient) => recipient.caseId),
            },
          },
          tx,
        );
        return mailing;
      });
    },

    async list(identity: StaffIdentity) {
      const { municipalityId } = caseScopeFor(identity);
      const rows = await repository.list(municipalityId, visibleCreator(identity));
      const progressOf = progressByMailing(await repository.progress(rows.map((row) => row.id)));
      return rows.map((row) => ({ ...row, progress: progressOf(row.id) }));
    },

    /**
     * The failures name cases (by number), so showing them is audit-logged as a read of those cases. They are
     * listed once the mailing is finished: the page polls while it runs, and each poll would log a read.
     */
    async get(identity: StaffIdentity, mailingId: string, requestId: string) {
      const { municipalityId } = caseScopeFor(identity);
      const found = await repository.find(municipalityId, mailingId);
      const creator = visibleCreator(identity);
      if (!found || (creator && found.createdByStaffId !== creator)) throw new NotFoundError('Mailing not found');
      const [progressRows, failures] = await Promise.all([
        repository.progress([mailingId]),
        found.finishedAt ? repository.failures(mailingId, MAX_FAILURES_LISTED) : [],
      ]);
      const caseIds = failures.flatMap((failure) => (failure.caseId ? [failure.caseId] : []));
      if (caseIds.length > 0) {
        await audit.record({
          municipalityId,
          actorKind: 'staff',
          actorId: identity.staffId,
          action: 'mailing.failures.read',
          entityType: 'mailing',
          entityId: mailingId,
          requestId,
          details: { caseIds },
        });
      }
      const { createdByStaffId: _, ...mailing } = found;
      return {
        ...mailing,
        progress: progressByMailing(progressRows)(mailingId),
        failures: failures.map((failure) => ({
          ...failure,
          status: failure.status as 'failed' | 'skipped',
          errorCode: failure.errorCode ?? 'unknown',
        })),
      };
    },
  };
}

export type MailingsService = ReturnType<typeof createMailingsService>;
