import { randomUUID } from 'node:crypto';
import { isReceiptCategory } from '@ebistans/schema';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client.js';
import type { attachments } from '../../db/schema/index.js';
import { requireChangeableStaffCase, requireStaffCase } from '../../lib/case-access.js';
import type { FileStore } from '../../lib/storage/index.js';
import { fileNameIssue } from '../../lib/uploads/file-names.js';
import type { IncomingFile } from '../../lib/uploads/incoming-files.js';
import { removeStoredObjects, storeUpload } from '../../lib/uploads/stored-upload.js';
import { UploadRefusedError } from '../../lib/uploads/upload-refused-error.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { CaseDocumentsRepository } from './case-documents.repository.js';
import { STAFF_DOCUMENT_CATEGORIES, type StaffDocumentCategory } from './case-documents.schemas.js';

interface CaseDocumentsServiceDeps {
  db: Database;
  repository: CaseDocumentsRepository;
  audit: AuditService;
  fileStore: FileStore;
  maxBytes: number;
  log: FastifyBaseLogger;
}

const isStaffCategory = (value: string): value is StaffDocumentCategory =>
  (STAFF_DOCUMENT_CATEGORIES as readonly string[]).includes(value) || isReceiptCategory(value);

function checkDescription(file: IncomingFile) {
  const nameIssue = fileNameIssue(file.fileName);
  if (nameIssue) throw new UploadRefusedError('invalid-file-name', nameIssue);
  const category = file.category || 'document';
  if (!isStaffCategory(category)) {
    throw new UploadRefusedError('validation', 'Invalid upload', [
      { path: 'category', code: 'document_category_invalid', message: 'Välj vilken sorts handling filen är.' },
    ]);
  }
  return category;
}

/** The case's documents (Handlingar): every file of the case for the caseworker, and the staff's own uploads. */
export function createCaseDocumentsService({
  db,
  repository,
  audit,
  fileStore,
  maxBytes,
  log,
}: CaseDocumentsServiceDeps) {
  const removeObjects = (storageKeys: string[]) => removeStoredObjects(fileStore, log, storageKeys);

  return {
    async list(identity: StaffIdentity, caseId: string, requestId: string) {
      const found = await requireStaffCase(db, identity, caseId);
      await audit.record({
        municipalityId: found.municipalityId,
        actorKind: 'staff',
        actorId: identity.staffId,
        action: 'case.documents.list',
        entityType: 'case',
        entityId: found.id,
        requestId,
      });
      return repository.list(found.id, found.municipalityId);
    },

    /**
     * Stores every file first, then records them, the case event and the audit entry in one transaction:
     * a refused file or a failed write removes what was stored, so no row and no object is left behind.
     */
    async upload(identity: StaffIdentity, caseId: string, files: AsyncIterable<IncomingFile>, requestId: string) {
      const found = await requireChangeableStaffCase(db, identity, caseId);
      const stored: (typeof attachments.$inferInsert)[] = [];
      try {
        for await (const file of files) {
          const category = checkDescription(file);
          const id = randomUUID();
          // Server-made keys: nothing the client sends ends up in a storage path.
          const storageKey = `${found.municipalityId}/attachments/${id}`;
          const upload = await storeUpload(fileStore, storageKey, file.content, { name: file.fileName, maxBytes });
          stored.push({
            id,
            municipalityId: found.municipalityId,
            caseId: found.id,
            category,
            originalName: file.fileName,
            ...upload,
            storageKey,
            uploadedByKind: 'staff',
            uploadedById: identity.staffId,
          });
        }
        if (stored.length === 0) {
          throw new UploadRefusedError('validation', 'Invalid upload', [
            { path: 'file', code: 'file_required', message: 'Välj en fil att ladda upp.' },
          ]);
        }
        const ids = stored.map((row) => row.id!);
        await db.transaction(async (tx) => {
          await repository.insert(tx, stored);
          await repository.insertEvent(tx, {
            caseId: found.id,
            type: 'documents_added',
            actorKind: 'staff',
            actorId: identity.staffId,
            data: { attachmentIds: ids },
          });
          await audit.record(
            {
              municipalityId: found.municipalityId,
              actorKind: 'staff',
              actorId: identity.staffId,
              action: 'case.documents.upload',
              entityType: 'case',
              entityId: found.id,
              requestId,
              details: { attachmentIds: ids },
            },
            tx,
          );
        });
      } catch (error) {
        await removeObjects(stored.map((row) => row.storageKey));
        throw error;
      }
      return (await repository.list(found.id, found.municipalityId)).filter((row) =>
        stored.some((file) => file.id === row.id),
      );
    },
  };
}

export type CaseDocumentsService = ReturnType<typeof createCaseDocumentsService>;
