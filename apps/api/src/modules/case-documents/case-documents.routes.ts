import multipart from '@fastify/multipart';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import { incomingFiles, multipartOptions } from '../../lib/uploads/incoming-files.js';
import { uploadProblemResponses } from '../../lib/uploads/upload-responses.js';
import { caseDocumentListSchema, documentUploadBodySchema, toCaseDocument } from './case-documents.schemas.js';
import type { CaseDocumentsService } from './case-documents.service.js';

const caseParams = z.object({ caseId: z.uuid() });

/** Handlingar. Each file opens through GET /staff/cases/{caseId}/attachments/{attachmentId}/content (audit-logged). */
export const caseDocumentsRoutes: FastifyPluginAsyncZod<{ service: CaseDocumentsService; maxBytes: number }> = async (
  app,
  { service, maxBytes },
) => {
  // Registered here only, so multipart bodies are accepted by these routes and no others.
  await app.register(multipart, multipartOptions(maxBytes));
  // The upload's body schema only documents the multipart parts, which the handler streams itself.
  app.setValidatorCompiler<z.ZodType>((route) => (route.httpPart === 'body' ? () => true : validatorCompiler(route)));

  app.get('/staff/cases/:caseId/documents', {
    preHandler: app.requireStaff,
    schema: {
      operationId: 'listCaseDocuments',
      tags: ['case-documents'],
      summary: 'Every document of the case from either side, with who uploaded it and when (audit-logged)',
      params: caseParams,
      response: { 200: caseDocumentListSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => ({
      items: (await service.list(staffOf(request), request.params.caseId, request.id)).map(toCaseDocument),
    }),
  });

  app.post('/staff/cases/:caseId/documents', {
    preHandler: app.requireStaff,
    schema: {
      operationId: 'uploadCaseDocuments',
      tags: ['case-documents'],
      summary: 'Add documents to the case, e.g. scanned paper or a letter to send with a message',
      description:
        'multipart/form-data: an optional `category` field before the files. The type is sniffed from the bytes; ' +
        'a request stores all its files or none.',
      consumes: ['multipart/form-data'],
      params: caseParams,
      body: documentUploadBodySchema,
      response: {
        201: caseDocumentListSchema,
        ...problemResponses(400, 401, 403, 404, 422),
        ...uploadProblemResponses,
      },
    },
    handler: async (request, reply) => {
      const created = await service.upload(staffOf(request), request.params.caseId, incomingFiles(request), request.id);
      return reply.status(201).send({ items: created.map(toCaseDocument) });
    },
  });
};
