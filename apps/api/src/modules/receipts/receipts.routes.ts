import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { applicantOf } from '../../plugins/auth.js';
import { formIdQuery } from '../drafts/drafts.schemas.js';
import { requirementIdSchema, toAttachmentResponse } from '../attachments/attachments.schemas.js';
import { checklistSchema, sendLaterBody } from './receipts.schemas.js';
import type { ReceiptsService } from './receipts.service.js';

type Checklist = Awaited<ReturnType<ReceiptsService['checklist']>>;

const toChecklist = (checklist: Checklist) => ({
  items: checklist.items.map((item) => ({ ...item, attachments: item.attachments.map(toAttachmentResponse) })),
  unmatched: checklist.unmatched.map(toAttachmentResponse),
});

export const receiptsRoutes: FastifyPluginAsyncZod<{ service: ReceiptsService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireApplicant);

  app.get('/applicant/drafts/current/checklist', {
    schema: {
      operationId: 'getDraftReceiptChecklist',
      tags: ['drafts'],
      summary: 'The receipts my answers call for, each attached, to be sent later or missing',
      querystring: formIdQuery,
      response: { 200: checklistSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => toChecklist(await service.checklist(applicantOf(request), request.query.formId)),
  });

  app.get('/applicant/cases/:caseId/checklist', {
    schema: {
      operationId: 'getMyCaseReceiptChecklist',
      tags: ['applications'],
      summary: 'The receipts my submitted case calls for: attached, to be sent later or missing (read-only)',
      params: z.object({ caseId: z.uuid() }),
      response: { 200: checklistSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => toChecklist(await service.caseChecklist(applicantOf(request), request.params.caseId)),
  });

  app.put('/applicant/drafts/current/receipts/:requirementId', {
    schema: {
      operationId: 'setDraftReceiptSendLater',
      tags: ['drafts'],
      summary: 'Mark a receipt of my checklist "I will send this later", or take the mark away',
      querystring: formIdQuery,
      params: z.object({ requirementId: requirementIdSchema }),
      body: sendLaterBody,
      response: { 200: checklistSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) =>
      toChecklist(
        await service.setSendLater(
          applicantOf(request),
          request.query.formId,
          request.params.requirementId,
          request.body.sendLater,
        ),
      ),
  });
};
