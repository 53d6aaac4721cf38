import multipart from '@fastify/multipart';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { applicantOf } from '../../plugins/auth.js';
import { formIdQuery } from '../drafts/drafts.schemas.js';
import {
  attachmentListSchema,
  toAttachmentResponse,
  fileContentResponse,
  uploadBodySchema,
  uploadProblemResponses,
} from './attachments.schemas.js';
import type { AttachmentsService } from './attachments.service.js';
import { attachmentDisposition } from './file-names.js';
import { incomingFiles, multipartOptions } from './incoming-files.js';
import { ACCEPTED_CONTENT_TYPES } from './sniff-content-type.js';

const attachmentParams = z.object({ attachmentId: z.uuid() });

export const attachmentsRoutes: FastifyPluginAsyncZod<{ service: AttachmentsService; maxBytes: number }> = async (
  app,
  { service, maxBytes },
) => {
  // Registered here only, so multipart bodies are accepted by these routes and no others.
  await app.register(multipart, multipartOptions(maxBytes));
  // The upload's body schema only documents the multipart parts, which the handler streams itself.
  app.setValidatorCompiler<z.ZodType>((route) => (route.httpPart === 'body' ? () => true : validatorCompiler(route)));
  app.addHook('preHandler', app.requireApplicant);

  app.post('/applicant/drafts/current/attachments', {
    schema: {
      operationId: 'uploadDraftAttachments',
      tags: ['drafts'],
      summary: 'Upload receipts to my draft: each file becomes an attachment',
      description:
        'multipart/form-data: a `category` field (and optionally `requirementId`) before the files it applies to. ' +
        'The type is sniffed from the bytes; a request stores all its files or none.',
      consumes: ['multipart/form-data'],
      querystring: formIdQuery,
      body: uploadBodySchema,
      response: {
        201: attachmentListSchema,
        ...problemResponses(400, 401, 403, 404, 422),
        ...uploadProblemResponses,
      },
    },
    handler: async (request, reply) => {
      const created = await service.upload(applicantOf(request), request.query.formId, incomingFiles(request));
      return reply.status(201).send({ items: created.map(toAttachmentResponse) });
    },
  });

  app.get('/applicant/drafts/current/attachments', {
    schema: {
      operationId: 'listDraftAttachments',
      tags: ['drafts'],
      summary: 'The files uploaded to my draft, oldest first',
      querystring: formIdQuery,
      response: { 200: attachmentListSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const rows = await service.list(applicantOf(request), request.query.formId);
      return { items: rows.map(toAttachmentResponse) };
    },
  });

  app.get('/applicant/drafts/current/attachments/:attachmentId/content', {
    schema: {
      operationId: 'downloadDraftAttachment',
      tags: ['drafts'],
      summary: 'Download one file of my draft',
      querystring: formIdQuery,
      params: attachmentParams,
      produces: [...ACCEPTED_CONTENT_TYPES],
      response: { 200: fileContentResponse, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      const { attachment, content } = await service.open(
        applicantOf(request),
        request.query.formId,
        request.params.attachmentId,
      );
      return reply
        .type(attachment.contentType)
        .header('content-length', attachment.sizeBytes)
        .header('content-disposition', attachmentDisposition(attachment.fileName, attachment.contentType))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(content);
    },
  });

  app.delete('/applicant/drafts/current/attachments/:attachmentId', {
    schema: {
      operationId: 'deleteDraftAttachment',
      tags: ['drafts'],
      summary: 'Remove one file from my draft',
      querystring: formIdQuery,
      params: attachmentParams,
      response: { 204: z.undefined().describe('Removed'), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await service.remove(applicantOf(request), request.query.formId, request.params.attachmentId);
      return reply.status(204).send();
    },
  });
};
