import { randomUUID } from 'node:crypto';
import { isReceiptCategory } from '@ebistans/schema';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client.js';
import { isEndedStatus } from '../../db/schema/index.js';
import { requireApplicantCase, requireStaffCase } from '../../lib/case-access.js';
import { BusinessRuleError, NotFoundError } from '../../lib/errors.js';
import type { FileStore } from '../../lib/storage/index.js';
import { fileNameIssue } from '../../lib/uploads/file-names.js';
import type { IncomingFile } from '../../lib/uploads/incoming-files.js';
import { removeStoredObjects, storeUpload } from '../../lib/uploads/stored-upload.js';
import { UploadRefusedError } from '../../lib/uploads/upload-refused-error.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ApplicantIdentity, StaffIdentity } from '../auth/identity.js';
import type { DraftsService } from '../drafts/drafts.service.js';
import type { StaffNotifier } from '../notifications/staff-notifier.js';
import type { AttachmentRow, AttachmentsRepository, FileOwner } from './attachments.repository.js';
import { requirementIdSchema } from './attachments.schemas.js';

/** Enough for every receipt of a month photographed page by page; bounds what one draft or case can store. */
const MAX_FILES = 50;

/** An applicant's files go to their draft of a form, or to one of their submitted cases (supplements, receipts sent later). */
export type FileTarget = { formId: string } | { caseId: string };

interface AttachmentsServiceDeps {
  db: Database;
  audit: AuditService;
  repository: AttachmentsRepository;
  fileStore: FileStore;
  drafts: Pick<DraftsService, 'idOf'>;
  staffNotifier: Pick<StaffNotifier, 'caseNews'>;
  maxBytes: number;
  log: FastifyBaseLogger;
}

function isForeignKeyViolation(error: unknown): boolean {
  const candidate = error as { code?: unknown; cause?: { code?: unknown } };
  return candidate.code === '23503' || candidate.cause?.code === '23503';
}

function checkDescription(file: IncomingFile) {
  const nameIssue = fileNameIssue(file.fileName);
  if (nameIssue) throw new UploadRefusedError('invalid-file-name', nameIssue);
  if (!file.category || !isReceiptCategory(file.category)) {
    throw new UploadRefusedError('validation', 'Invalid upload', [
      { path: 'category', code: 'receipt_category_invalid', message: 'Välj vilken sorts underlag filen är.' },
    ]);
  }
  if (file.requirementId !== undefined && !requirementIdSchema.safeParse(file.requirementId).success) {
    throw new UploadRefusedError('validation', 'Invalid upload', [
      { path: 'requirementId', code: 'invalid', message: 'Okänt underlag i checklistan.' },
    ]);
  }
  return { category: file.category, requirementId: file.requirementId ?? null };
}

export function createAttachmentsService({
  db,
  audit,
  repository,
  fileStore,
  drafts,
  staffNotifier,
  maxBytes,
  log,
}: AttachmentsServiceDeps) {
  const notFound = () => new NotFoundError('No such file');

  async function ownerOf(identity: ApplicantIdentity, target: FileTarget): Promise<FileOwner> {
    if ('formId' in target) {
      return { draftId: await drafts.idOf(identity, target.formId), municipalityId: identity.municipalityId };
    }
    const found = await requireApplicantCase(db, identity, target.caseId);
    if (isEndedStatus(found.status)) {
      throw new BusinessRuleError('case-closed', 'The case is closed; files can no longer be added');
    }
    return { caseId: found.id, municipalityId: found.municipalityId, forApplicant: true };
  }

  async function staffOwner(
    identity: StaffIdentity,
    caseId: string,
    action: string,
    requestId: string,
    fileId?: string,
  ) {
    const found = await requireStaffCase(db, identity, caseId);
    await audit.record({
      municipalityId: found.municipalityId,
      actorKind: 'staff',
      actorId: identity.staffId,
      action,
      entityType: 'case',
      entityId: found.id,
      requestId,
      ...(fileId ? { details: { attachmentId: fileId } } : {}),
    });
    return { caseId: found.id, municipalityId: found.municipalityId };
  }

  /** A stored object whose row is gone (or never came). */
  const removeObject = (storageKey: string) => removeStoredObjects(fileStore, log, [storageKey]);

  /** Stores one file, then records it; the row exists only for a fully stored object. */
  async function storeOne(identity: ApplicantIdentity, owner: FileOwner, file: IncomingFile) {
    const described = checkDescription(file);
    const id = randomUUID();
    // Server-made keys: nothing the client sends ends up in a storage path.
    const storageKey = `${identity.municipalityId}/attachments/${id}`;
    const stored = await storeUpload(fileStore, storageKey, file.content, { name: file.fileName, maxBytes });
    try {
      return await repository.insert({
        id,
        municipalityId: identity.municipalityId,
        ...('draftId' in owner ? { draftId: owner.draftId } : { caseId: owner.caseId }),
        ...described,
        originalName: file.fileName,
        ...stored,
        storageKey,
        uploadedByKind: 'applicant',
        uploadedById: identity.applicantId,
      });
    } catch (error) {
      await removeObject(storageKey);
      // The draft was discarded or submitted while the file was on its way.
      if (isForeignKeyViolation(error)) throw new NotFoundError('There is no draft of this form');
      throw error;
    }
  }

  return {
    /** Stores every file of the request, or none: a refused file undoes the ones before it. */
    async upload(identity: ApplicantIdentity, target: FileTarget, files: AsyncIterable<IncomingFile>) {
      const owner = await ownerOf(identity, target);
      let count = await repository.count(owner);
      const created: AttachmentRow[] = [];
      try {
        for await (const file of files) {
          if (count >= MAX_FILES) {
            throw new UploadRefusedError(
              'too-many-files',
              `Du kan ladda upp högst ${MAX_FILES} filer till en ansökan. Ta bort filer du inte behöver.`,
            );
          }
          created.push(await storeOne(identity, owner, file));
          count += 1;
        }
      } catch (error) {
        for (const row of created) {
          const storageKey = await repository.delete(owner, row.id);
          if (storageKey) await removeObject(storageKey);
        }
        throw error;
      }
      if (created.length === 0) {
        throw new UploadRefusedError('validation', 'Invalid upload', [
          { path: 'file', code: 'file_required', message: 'Välj en fil att ladda upp.' },
        ]);
      }
      if ('caseId' in owner) {
        // Files sent after submitting are news for the caseworker, and part of the applicant's timeline.
        await repository.insertEvent({
          caseId: owner.caseId,
          type: 'receipts_added',
          actorKind: 'applicant',
          actorId: identity.applicantId,
          data: { attachmentIds: created.map((row) => row.id) },
        });
      }
      return created;
    },

    async list(identity: ApplicantIdentity, target: FileTarget) {
      return repository.list(await ownerOf(identity, target));
    },

    /** A draft's files by draft id, for the checklist, which has resolved the draft for the applicant. */
    listFiles(owner: FileOwner) {
      return repository.list(owner);
    },

    /**
     * One of the applicant's files, or one staff or the case system sent them with a message. The first
     * download of the latter is the caseworker's download receipt, and news for the case's assignees if the
     * municipality turned it on.
     */
    async open(identity: ApplicantIdentity, target: FileTarget, attachmentId: string) {
      const found = await repository.find(await ownerOf(identity, target), attachmentId);
      if (!found) throw notFound();
      const content = await fileStore.get(found.storageKey);
      if ('caseId' in target && found.uploadedByKind !== 'applicant') {
        try {
          await db.transaction(async (tx) => {
            if (await repository.markDownloadedByApplicant(tx, found.id)) {
              await staffNotifier.caseNews(tx, target.caseId, 'file-downloaded');
            }
          });
        } catch (error) {
          content.destroy();
          throw error;
        }
      }
      return { attachment: found, content };
    },

    /** Only a draft's files can be removed: what was sent with a case is part of the case. */
    async remove(identity: ApplicantIdentity, target: { formId: string }, attachmentId: string) {
      const storageKey = await repository.delete(await ownerOf(identity, target), attachmentId);
      if (!storageKey) throw notFound();
      await removeObject(storageKey);
    },

    /** A case's files for the caseworker; the read is audit-logged. */
    async listForStaff(identity: StaffIdentity, caseId: string, requestId: string) {
      return repository.list(await staffOwner(identity, caseId, 'case.files.list', requestId));
    },

    /** One file of a case for the caseworker; every open is audit-logged with the file's id. */
    async openForStaff(identity: StaffIdentity, caseId: string, attachmentId: string, requestId: string) {
      const found = await repository.find(
        await staffOwner(identity, caseId, 'case.file.read', requestId, attachmentId),
        attachmentId,
      );
      if (!found) throw notFound();
      return { attachment: found, content: await fileStore.get(found.storageKey) };
    },
  };
}

export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
