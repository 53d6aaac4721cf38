import type { Database } from '../../db/client.js';
import { requireApplicantCase, requireChangeableStaffCase, requireStaffCase } from '../../lib/case-access.js';
import { NotFoundError } from '../../lib/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ApplicantIdentity, StaffIdentity } from '../auth/identity.js';
import type { ApplicantNotifier } from '../notifications/applicant-notifier.js';
import type { StaffNotifier } from '../notifications/staff-notifier.js';
import type { MessagesRepository } from './messages.repository.js';

interface MessagesServiceDeps {
  db: Database;
  repository: MessagesRepository;
  audit: AuditService;
  staffNotifier: Pick<StaffNotifier, 'caseNews'>;
  applicantNotifier: Pick<ApplicantNotifier, 'caseNews'>;
}

/** The secure message thread of a case, between the applicant and the caseworkers. */
export function createMessagesService({
  db,
  repository,
  audit,
  staffNotifier,
  applicantNotifier,
}: MessagesServiceDeps) {
  return {
    /**
     * Opening the thread is reading it: messages to the applicant are marked read, the answer shows them
     * as before. The assignees hear of it once per opening that read something new (if the municipality
     * turned the read receipt on).
     */
    async listForApplicant(identity: ApplicantIdentity, caseId: string) {
      await requireApplicantCase(db, identity, caseId);
      const before = await repository.list(caseId);
      await db.transaction(async (tx) => {
        const read = await repository.markReadByApplicant(tx, caseId);
        if (read.length > 0) await staffNotifier.caseNews(tx, caseId, 'message-read');
      });
      return before;
    },

    /** A reply, with files the applicant has already sent to the case (`POST …/attachments`) tied to it. */
    async sendFromApplicant(identity: ApplicantIdentity, caseId: string, body: string, attachmentIds: string[] = []) {
      const found = await requireApplicantCase(db, identity, caseId);
      return db.transaction(async (tx) => {
        const created = await repository.insert(tx, {
          municipalityId: found.municipalityId,
          caseId,
          applicantId: identity.applicantId,
          direction: 'from_applicant',
          body,
        });
        const unique = [...new Set(attachmentIds)];
        const tied = await repository.attachApplicantFiles(tx, caseId, identity.applicantId, created.id, unique);
        if (tied !== unique.length) throw new NotFoundError('A file to attach is not one of your files of this case');
        await repository.insertEvent(tx, {
          caseId,
          type: 'message_from_applicant',
          actorKind: 'applicant',
          actorId: identity.applicantId,
          data: { messageId: created.id },
        });
        await staffNotifier.caseNews(tx, caseId, 'message-from-applicant');
        return created;
      });
    },

    async listForStaff(identity: StaffIdentity, caseId: string, requestId: string) {
      const found = await requireStaffCase(db, identity, caseId);
      await audit.record({
        municipalityId: found.municipalityId,
        actorKind: 'staff',
        actorId: identity.staffId,
        action: 'case.messages.read',
        entityType: 'case',
        entityId: caseId,
        requestId,
      });
      const thread = await repository.list(caseId);
      await repository.markReadByStaff(caseId);
      return thread;
    },

    /** A message to the applicant, with documents staff have uploaded to the case tied to it. */
    async sendFromStaff(
      identity: StaffIdentity,
      caseId: string,
      body: string,
      requestId: string,
      attachmentIds: string[] = [],
    ) {
      const found = await requireChangeableStaffCase(db, identity, caseId);
      return db.transaction(async (tx) => {
        const created = await repository.insertToApplicant(
          tx,
          {
            municipalityId: found.municipalityId,
            caseId,
            applicantId: found.applicantId,
            body,
          },
          { kind: 'staff', id: identity.staffId },
        );
        const unique = [...new Set(attachmentIds)];
        const tied = await repository.attachCaseDocuments(tx, caseId, created.id, unique);
        if (tied !== unique.length) throw new NotFoundError('A file to attach is not a document of this case');
        // A test case's applicant is the caseworker's own test person, so they hear of it like anyone.
        await applicantNotifier.caseNews(tx, caseId, 'message-from-caseworker');
        await audit.record(
          {
            municipalityId: found.municipalityId,
            actorKind: 'staff',
            actorId: identity.staffId,
            action: 'case.message.send',
            entityType: 'case',
            entityId: caseId,
            requestId,
            ...(unique.length > 0 ? { details: { attachmentIds: unique } } : {}),
          },
          tx,
        );
        return created;
      });
    },
  };
}

export type MessagesService = ReturnType<typeof createMessagesService>;
