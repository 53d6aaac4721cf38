import multipart from '@fastify/multipart';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { attachmentDisposition } from '../../lib/uploads/file-names.js';
import { incomingFiles, multipartOptions } from '../../lib/uploads/incoming-files.js';
import { ACCEPTED_CONTENT_TYPES } from '../../lib/uploads/sniff-content-type.js';
import { uploadProblemResponses } from '../../lib/uploads/upload-responses.js';
import { applicantOf, staffOf } from '../../plugins/auth.js';
import { formIdQuery } from '../drafts/drafts.schemas.js';
import {
  attachmentListSchema,
  toAttachmentResponse,
  fileContentResponse,
  uploadBodySchema,
} from './attachments.schemas.js';
import type { AttachmentsService } from './attachments.service.js';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';

const attachmentParams = z.object({ attachmentId: z.uuid() });
const caseParams = z.object({ caseId: z.uuid() });
const caseAttachmentParams = caseParams.extend({ attachmentId: z.uuid() });

interface StoredFile {
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/**
 * A stored file as a download (or, `inline`, to view in the browser): its sniffed type, a safe name, and
 * never sniffed or cached by the browser. Only the accepted types exist, none of which runs scripts.
 */
function sendFile(reply: FastifyReply, attachment: StoredFile, content: Readable, inline = false) {
  return reply
    .type(attachment.contentType)
    .header('content-length', attachment.sizeBytes)
    .header('content-disposition', attachmentDisposition(attachment.fileName, attachment.contentType, inline))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(content);
}

const uploadDescription =
  'multipart/form-data: a `category` field (and optionally `requirementId`) before the files it applies to. ' +
  'The type is sniffed from the bytes; a request stores all its files or none.';

export const attachmentsRoutes: FastifyPluginAsyncZod<{ service: AttachmentsService; maxBytes: number }> = async (
  app,
  { service, maxBytes },
) => {
  // Registered here only, so multipart bodies are accepted by these routes and no others.
  await app.register(multipart, multipartOptions(maxBytes));
  // The upload's body schema only documents the multipart parts, which the handler streams itself.
  app.setValidatorCompiler<z.ZodType>((route) => (route.httpPart === 'body' ? () => true : validatorCompiler(route)));

  app.post('/applicant/drafts/current/attachments', {
    preHandler: app.requireApplicant,
    schema: {
      operationId: 'uploadDraftAttachments',
      tags: ['drafts'],
      summary: 'Upload receipts to my draft: each file becomes an attachment',
      description: uploadDescription,
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
      const created = await service.upload(applicantOf(request), request.query, incomingFiles(request));
      return reply.status(201).send({ items: created.map(toAttachmentResponse) });
    },
  });

  app.get('/applicant/drafts/current/attachments', {
    preHandler: app.requireApplicant,
    schema: {
      operationId: 'listDraftAttachments',
      tags: ['drafts'],
      summary: 'The files uploaded to my draft, oldest first',
      querystring: formIdQuery,
      response: { 200: attachmentListSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const rows = await service.list(applicantOf(request), request.query);
      return { items: rows.map(toAttachmentResponse) };
    },
  });

  app.get('/applicant/drafts/current/attachments/:attachmentId/content', {
    preHandler: app.requireApplicant,
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
        request.query,
        request.params.attachmentId,
      );
      return sendFile(reply, attachment, content);
    },
  });

  app.delete('/applicant/drafts/current/attachments/:attachmentId', {
    preHandler: app.requireApplicant,
    schema: {
      operationId: 'deleteDraftAttachment',
      tags: ['drafts'],
      summary: 'Remove one file from my draft',
      querystring: formIdQuery,
      params: attachmentParams,
      response: { 204: z.undefined().describe('Removed'), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await service.remove(applicantOf(request), request.query, request.params.attachmentId);
      return reply.status(204).send();
    },
  });

  app.post('/applicant/cases/:caseId/attachments', {
    preHandler: app.requireApplicant,
    schema: {
      operationId: 'uploadCaseAttachments',
      tags: ['applications'],
      summary: 'Send receipts to my submitted case (a supplement, or what I said I would send later)',
      description: uploadDescription,
      consumes: ['multipart/form-data'],
      params: caseParams,
      body: uploadBodySchema,
      response: {
        201: attachmentListSchema,
        ...problemResponses(400, 401, 403, 404, 422),
        ...uploadProblemResponses,
      },
    },
    handler: async (request, reply) => {
      const created = await service.upload(applicantOf(request), request.params, incomingFiles(request));
      return reply.status(201).send({ items: created.map(toAttachmentResponse) });
    },
  });

  app.get('/applicant/cases/:caseId/attachments', {
    preHandler: app.requireApplicant,
    schema: {
      operationId: 'listCaseAttachments',
      tags: ['applications'],
      summary: 'The files of my case, oldest first',
      params: caseParams,
      response: { 200: attachmentListSchema, ...problemResponses(400, 401, 403, 404, 422) },
    },
    handler: async (request) => ({
      items: (await service.list(applicantOf(request), request.params)).map(toAttachmentResponse),
    }),
  });

  app.get('/applicant/cases/:caseId/attachments/:attachmentId/content', {
    preHandler: app.requireApplicant,
    schema: {
      operationId: 'downloadCaseAttachment',
      tags: ['applications'],
      summary: 'Download one file of my case',
      params: caseAttachmentParams,
      produces: [...ACCEPTED_CONTENT_TYPES],
      response: { 200: fileContentResponse, ...problemResponses(400, 401, 403, 404, 422) },
    },
    handler: async (request, reply) => {
      const { caseId, attachmentId } = request.params;
      const { attachment, content } = await service.open(applicantOf(request), { caseId }, attachmentId);
      return sendFile(reply, attachment, content);
    },
  });

  app.get('/staff/cases/:caseId/attachments', {
    preHandler: app.requireStaff,
    schema: {
      operationId: 'listStaffCaseAttachments',
      tags: ['inbox'],
      summary: "The case's files (the read is audit-logged)",
      params: caseParams,
      response: { 200: attachmentListSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => ({
      items: (await service.listForStaff(staffOf(request), request.params.caseId, request.id)).map(
        toAttachmentResponse,
      ),
    }),
  });

  app.get('/staff/cases/:caseId/attachments/:attachmentId/content', {
    preHandler: app.requireStaff,
    schema: {
      operationId: 'downloadStaffCaseAttachment',
      tags: ['inbox'],
      summary: 'Open one file of the case in the browser (`inline=true`) or download it (audit-logged)',
      params: caseAttachmentParams,
      querystring: z.object({ inline: z.stringbool().default(false) }),
      produces: [...ACCEPTED_CONTENT_TYPES],
      response: { 200: fileContentResponse, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      const { caseId, attachmentId } = request.params;
      const { attachment, content } = await service.openForStaff(staffOf(request), caseId, attachmentId, request.id);
      return sendFile(reply, attachment, content, request.query.inline);
    },
  });
};
