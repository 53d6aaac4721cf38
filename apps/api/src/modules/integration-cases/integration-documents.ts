import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { attachments } from '../../db/schema/index.js';
import type { FileStore } from '../../lib/storage/index.js';
import { fileNameIssue } from '../../lib/uploads/file-names.js';
import type { IncomingFile } from '../../lib/uploads/incoming-files.js';
import { removeStoredObjects, storeUpload } from '../../lib/uploads/stored-upload.js';
import { UploadRefusedError } from '../../lib/uploads/upload-refused-error.js';
import type { IntegrationClient } from '../../plugins/integration-auth.js';
import type { IdempotentWrites } from '../idempotency/idempotent-writes.js';
import type { IntegrationCasesRepository } from './integration-cases.repository.js';

interface IntegrationDocumentsDeps {
  repository: IntegrationCasesRepository;
  idempotent: IdempotentWrites;
  fileStore: FileStore;
  maxBytes: number;
  log: FastifyBaseLogger;
  requireCase: (client: IntegrationClient, caseId: string) => Promise<{ id: string; municipalityId: string }>;
}

/**
 * Documents the case system adds to a case (Handlingar), e.g. its decision letter: checked and stored like a
 * caseworker's upload, and not shown to the applicant until sent with a message or named as the letter.
 */
export function createIntegrationDocuments({
  repository,
  idempotent,
  fileStore,
  maxBytes,
  log,
  requireCase,
}: IntegrationDocumentsDeps) {
  // Objects whose rows never came (or came with the first of a retried request).
  const removeObjects = (storageKeys: string[]) => removeStoredObjects(fileStore, log, storageKeys);

  return {
    /**
     * Stores every file first, then records them and the case event in one transaction; a refused file or a
     * failed write removes what was stored. A retry with the same key and the same files (by their SHA-256)
     * gets the first answer, and the copies it sent are removed again.
     */
    async uploadDocuments(
      client: IntegrationClient,
      caseId: string,
      files: AsyncIterable<IncomingFile>,
      key: string | undefined,
    ) {
      const found = await requireCase(client, caseId);
      const stored: (typeof attachments.$inferInsert & { id: string; sha256: string })[] = [];
      try {
        for await (const file of files) {
          const nameIssue = fileNameIssue(file.fileName);
          if (nameIssue) throw new UploadRefusedError('invalid-file-name', nameIssue);
          const id = randomUUID();
          // Server-made keys: nothing the client sends ends up in a storage path.
          const storageKey = `${found.municipalityId}/attachments/${id}`;
          const upload = await storeUpload(fileStore, storageKey, file.content, { name: file.fileName, maxBytes });
          stored.push({
            id,
            municipalityId: found.municipalityId,
            caseId: found.id,
            category: 'document',
            originalName: file.fileName,
            ...upload,
            storageKey,
            uploadedByKind: 'integration',
            uploadedById: client.clientId,
          });
        }
        if (stored.length === 0) {
          throw new UploadRefusedError('validation', 'Invalid upload', [
            { path: 'file', code: 'file_required', message: 'Skicka minst en fil i en del som heter file.' },
          ]);
        }
        const operation = `v1UploadCaseDocuments:${found.id}`;
        const body = stored.map((file) => ({ fileName: file.originalName, sha256: file.sha256 }));
        const answer = await idempotent(client, { key, operation, body }, async (tx) => {
          await repository.insertDocuments(tx, stored);
          await repository.insertEvent(tx, {
            caseId: found.id,
            type: 'documents_added',
            actorKind: 'integration',
            actorId: client.clientId,
            data: { attachmentIds: stored.map((file) => file.id) },
          });
          return {
            items: stored.map((file) => ({
              id: file.id,
              fileName: file.originalName,
              contentType: file.contentType,
              sizeBytes: file.sizeBytes,
            })),
          };
        });
        if (answer.replayed) await removeObjects(stored.map((file) => file.storageKey));
        return answer;
      } catch (error) {
        await removeObjects(stored.map((file) => file.storageKey));
        throw error;
      }
    },
  };
}
