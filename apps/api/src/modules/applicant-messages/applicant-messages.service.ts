import type { Database } from '../../db/client.js';
import { applicantScopeFor } from '../../lib/applicant-access.js';
import { NotFoundError } from '../../lib/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ApplicantIdentity, StaffIdentity } from '../auth/identity.js';
import type { ApplicantMessagesRepository } from './applicant-messages.repository.js';

interface ApplicantMessagesServiceDeps {
  db: Database;
  repository: ApplicantMessagesRepository;
  audit: Pick<AuditService, 'record'>;
}

/**
 * Secure messages outside any case ("Hantera sökande"): the municipality writes to an applicant about
 * something that is not one application, e.g. a meeting or a code list sent by post, and the applicant
 * answers in the same thread. Who on the staff side may do it is in lib/applicant-access.ts.
 */
export function createApplicantMessagesService({ db, repository, audit }: ApplicantMessagesServiceDeps) {
  async function applicantOf(identity: StaffIdentity, applicantId: string, access: 'read' | 'write') {
    const applicant = await repository.findApplicant(applicantScopeFor(identity, access), applicantId);
    if (!applicant) throw new NotFoundError('No such applicant');
    return applicant;
  }

  const entry = (
    identity: StaffIdentity,
    municipalityId: string,
    action: string,
    applicantId: string,
    requestId: string,
  ) => ({
    municipalityId,
    actorKind: 'staff' as const,
    actorId: identity.staffId,
    action,
    entityType: 'applicant',
    entityId: applicantId,
    requestId,
  });

  return {
    /** Opening the thread is reading it: the caseworkers' messages are marked read, the answer shows them as before. */
    async listForApplicant(identity: ApplicantIdentity) {
      const before = await repository.list(identity.applicantId);
      await repository.markRead(identity.applicantId, 'to_applicant');
      return before;
    },

    async sendFromApplicant(identity: ApplicantIdentity, body: string) {
      return repository.insert(db, {
        municipalityId: identity.municipalityId,
        applicantId: identity.applicantId,
        direction: 'from_applicant',
        body,
      });
    },

    async listForStaff(identity: StaffIdentity, applicantId: string, requestId: string) {
      const applicant = await applicantOf(identity, applicantId, 'read');
      await audit.record(entry(identity, applicant.municipalityId, 'applicant.messages.read', applicant.id, requestId));
      const thread = await repository.list(applicant.id);
      await repository.markRead(applicant.id, 'from_applicant');
      return thread;
    },

    async sendFromStaff(identity: StaffIdentity, applicantId: string, body: string, requestId: string) {
      const applicant = await applicantOf(identity, applicantId, 'write');
      return db.transaction(async (tx) => {
        const created = await repository.insert(tx, {
          municipalityId: applicant.municipalityId,
          applicantId: applicant.id,
          direction: 'to_applicant',
          authorStaffId: identity.staffId,
          body,
        });
        await audit.record(
          entry(identity, applicant.municipalityId, 'applicant.message.send', applicant.id, requestId),
          tx,
        );
        return created;
      });
    },
  };
}

export type ApplicantMessagesService = ReturnType<typeof createApplicantMessagesService>;
