import { randomUUID } from 'node:crypto';
import { isReceiptCategory } from '@ebistans/schema';
import type { FastifyBaseLogger } from 'fastify';
import { NotFoundError } from '../../lib/errors.js';
import type { FileStore } from '../../lib/storage/index.js';
import type { ApplicantIdentity } from '../auth/identity.js';
import type { DraftsService } from '../drafts/drafts.service.js';
import type { AttachmentRow, AttachmentsRepository, DraftScope } from './attachments.repository.js';
import { requirementIdSchema } from './attachments.schemas.js';
import { fileNameIssue } from './file-names.js';
import type { IncomingFile } from './incoming-files.js';
import { storeUpload } from './stored-upload.js';
import { UploadRefusedError } from './upload-refused-error.js';

/** Enough for every receipt of a month photographed page by page; bounds what one draft can store. */
const MAX_FILES_PER_DRAFT = 50;

interface AttachmentsServiceDeps {
  repository: AttachmentsRepository;
  fileStore: FileStore;
  drafts: Pick<DraftsService, 'idOf'>;
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

export function createAttachmentsService({ repository, fileStore, drafts, maxBytes, log }: AttachmentsServiceDeps) {
  const notFound = () => new NotFoundError('No such file in the draft');

  async function scopeOf(identity: ApplicantIdentity, formId: string): Promise<DraftScope> {
    return { draftId: await drafts.idOf(identity, formId), municipalityId: identity.municipalityId };
  }

  /** Removes a stored object whose row is gone (or never came); a failure leaves an orphan, logged. */
  async function removeObject(storageKey: string) {
    try {
      await fileStore.delete(storageKey);
    } catch (error) {
      log.warn({ err: error }, 'could not remove a file from the file store');
    }
  }

  /** Stores one file, then records it; the row exists only for a fully stored object. */
  async function storeOne(identity: ApplicantIdentity, scope: DraftScope, file: IncomingFile) {
    const described = checkDescription(file);
    const id = randomUUID();
    // Server-made keys: nothing the client sends ends up in a storage path.
    const storageKey = `${identity.municipalityId}/attachments/${id}`;
    const stored = await storeUpload(fileStore, storageKey, file.content, { name: file.fileName, maxBytes });
    try {
      return await repository.insert({
        id,
        municipalityId: identity.municipalityId,
        draftId: scope.draftId,
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
    async upload(identity: ApplicantIdentity, formId: string, files: AsyncIterable<IncomingFile>) {
      const scope = await scopeOf(identity, formId);
      let count = await repository.countForDraft(scope);
      const created: AttachmentRow[] = [];
      try {
        for await (const file of files) {
          if (count >= MAX_FILES_PER_DRAFT) {
            throw new UploadRefusedError(
              'too-many-files',
              `Du kan ladda upp högst ${MAX_FILES_PER_DRAFT} filer till en ansökan. Ta bort filer du inte behöver.`,
            );
          }
          created.push(await storeOne(identity, scope, file));
          count += 1;
        }
      } catch (error) {
        for (const row of created) {
          const storageKey = await repository.deleteFromDraft(scope, row.id);
          if (storageKey) await removeObject(storageKey);
        }
        throw error;
      }
      if (created.length === 0) {
        throw new UploadRefusedError('validation', 'Invalid upload', [
          { path: 'file', code: 'file_required', message: 'Välj en fil att ladda upp.' },
        ]);
      }
      return created;
    },

    async list(identity: ApplicantIdentity, formId: string) {
      return repository.listForDraft(await scopeOf(identity, formId));
    },

    /** A draft's files by draft id, for the checklist, which has resolved the draft for the applicant. */
    listForDraft(scope: DraftScope) {
      return repository.listForDraft(scope);
    },

    async open(identity: ApplicantIdentity, formId: string, attachmentId: string) {
      const found = await repository.findInDraft(await scopeOf(identity, formId), attachmentId);
      if (!found) throw notFound();
      return { attachment: found, content: await fileStore.get(found.storageKey) };
    },

    async remove(identity: ApplicantIdentity, formId: string, attachmentId: string) {
      const storageKey = await repository.deleteFromDraft(await scopeOf(identity, formId), attachmentId);
      if (!storageKey) throw notFound();
      await removeObject(storageKey);
    },
  };
}

export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
