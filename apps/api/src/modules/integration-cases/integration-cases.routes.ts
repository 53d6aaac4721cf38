import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { sendPdf } from '../../lib/pdf/send-pdf.js';
import { attachmentDisposition } from '../../lib/uploads/file-names.js';
import { clientOf, requireClientScope } from '../../plugins/integration-auth.js';
import {
  acknowledgementSchema,
  attachmentParams,
  caseParams,
  externalCaseNumberBody,
  externalCaseNumberResponse,
  idempotencyHeaders,
  integrationCasePageSchema,
  integrationCaseSchema,
  listCasesQuery,
  messageBody,
  sentMessageSchema,
  statusChangeBody,
  statusChangeResponse,
} from './integration-cases.schemas.js';
import type { IntegrationCasesService } from './integration-cases.service.js';
import { integrationDocumentsRoutes } from './integration-documents.routes.js';
import { decisionBody, recordedDecisionResponse } from './integration-writes.schemas.js';
import { supplementRequestBody, supplementRequestSchema } from '../supplements/supplements.schemas.js';
import { answered } from '../idempotency/idempotent-writes.js';

const tags = ['integration-v1'];
const iso = (value: Date | null) => value?.toISOString() ?? null;

const summaryOf = <T extends { submittedAt: Date; changedAt: Date; takenOverAt: Date | null }>(item: T) => ({
  ...item,
  submittedAt: item.submittedAt.toISOString(),
  changedAt: item.changedAt.toISOString(),
  takenOverAt: iso(item.takenOverAt),
});

/** Cases for the municipality's case system, under /api/v1; each call is authenticated and audit-logged. */
export const integrationCasesRoutes: FastifyPluginAsyncZod<{
  service: IntegrationCasesService;
  /** The size limit of one uploaded document. */
  maxBytes: number;
}> = async (app, { service, maxBytes }) => {
  await app.register(integrationDocumentsRoutes, { service, maxBytes });

  const read = requireClientScope('cases:read');
  const write = requireClientScope('cases:write');
  const writeMessages = requireClientScope('messages:write');

  app.get('/cases', {
    preHandler: read,
    schema: {
      operationId: 'v1ListCases',
      tags,
      summary: 'Cases submitted or changed since a cursor, oldest change first (scope cases:read)',
      description:
        'A change feed: start without `cursor`, then pass `nextCursor` until `hasMore` is false, and keep polling ' +
        'with the last `nextCursor`. A case appears again whenever it changes (status, decision, supplement, ' +
        'withdrawal, edits, hand-over, external case number), so keep the latest version per `id`. No change is ' +
        'skipped: a change still being committed is held back until every earlier one can be read. Test cases ' +
        'are never listed.',
      querystring: listCasesQuery,
      security: [{ bearerAuth: [] }],
      response: { 200: integrationCasePageSchema, ...problemResponses(400, 401, 403, 429) },
    },
    handler: async (request) => {
      const page = await service.list(clientOf(request), request.query.cursor, request.query.limit);
      return { ...page, items: page.items.map(summaryOf) };
    },
  });

  app.get('/cases/:caseId', {
    preHandler: read,
    schema: {
      operationId: 'v1GetCase',
      tags,
      summary: 'A case with its answers, household, decision, events and files (scope cases:read)',
      description:
        '`answers` are the form answers as JSON, read with the form given by `formId` and `formVersion`; ' +
        '`household` has the applicant, co-applicant and children with personnummer; `decision` and ' +
        '`calculatedNorm` are null until decided; `events` use the CaseEventType vocabulary (values are added, ' +
        'never removed); `attachments` lists every file, to fetch with v1GetCaseAttachment. A case of another ' +
        'municipality, or a test case, is a 404 like one that does not exist.',
      params: caseParams,
      security: [{ bearerAuth: [] }],
      response: { 200: integrationCaseSchema, ...problemResponses(400, 401, 403, 404, 429) },
    },
    handler: async (request) => {
      const found = await service.get(clientOf(request), request.params.caseId);
      return {
        ...summaryOf(found),
        period: found.period,
        answers: found.data,
        household: found.household,
        decision: found.decision,
        calculatedNorm: found.calculatedNorm,
        events: found.events.map((event) => ({ type: event.type, at: event.at.toISOString() })),
        attachments: found.attachments.map((file) => ({ ...file, uploadedAt: file.uploadedAt.toISOString() })),
      };
    },
  });

  app.get('/cases/:caseId/pdf', {
    preHandler: read,
    schema: {
      operationId: 'v1GetCasePdf',
      tags,
      summary: 'The application PDF made at submission (scope cases:read)',
      description:
        'The application as the applicant sent it (or as staff registered a paper or phone application), with ' +
        'the answers, the household and the list of attached files: the document to archive with the case.',
      params: caseParams,
      produces: ['application/pdf'],
      security: [{ bearerAuth: [] }],
      response: {
        200: z.any().describe('The PDF').meta({ contentMediaType: 'application/pdf' }),
        ...problemResponses(400, 401, 403, 404, 429),
      },
    },
    handler: async (request, reply) => {
      const { caseNumber, body } = await service.pdf(clientOf(request), request.params.caseId);
      return sendPdf(reply, `ansokan-${caseNumber}.pdf`, body);
    },
  });

  app.get('/cases/:caseId/attachments/:attachmentId', {
    preHandler: read,
    schema: {
      operationId: 'v1GetCaseAttachment',
      tags,
      summary: "One of the case's files, as listed in the case's `attachments` (scope cases:read)",
      description:
        'The bytes as uploaded, with the content type found by sniffing them (PDF, JPEG, PNG, HEIC or HEIF) and ' +
        'the file name in Content-Disposition.',
      params: attachmentParams,
      security: [{ bearerAuth: [] }],
      response: {
        200: z.any().describe('The file, with its sniffed content type'),
        ...problemResponses(400, 401, 403, 404, 429),
      },
    },
    handler: async (request, reply) => {
      const { file, content } = await service.attachment(
        clientOf(request),
        request.params.caseId,
        request.params.attachmentId,
      );
      return reply
        .type(file.contentType)
        .header('content-length', file.sizeBytes)
        .header('content-disposition', attachmentDisposition(file.fileName, file.contentType))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(content);
    },
  });

  app.post('/cases/:caseId/acknowledge', {
    preHandler: write,
    schema: {
      operationId: 'v1AcknowledgeCase',
      tags,
      summary: 'Mark the case as taken over by the case system (scope cases:write)',
      description:
        'Like the caseworker\'s "Markera som övertagen": the case leaves the active inbox and is read-only for ' +
        'caseworkers. Idempotent: acknowledging a case already taken over answers 200 with the first time.',
      params: caseParams,
      headers: idempotencyHeaders,
      security: [{ bearerAuth: [] }],
      response: { 200: acknowledgementSchema, ...problemResponses(400, 401, 403, 404, 422, 429) },
    },
    handler: async (request, reply) => {
      return answered(
        reply,
        await service.acknowledge(clientOf(request), request.params.caseId, request.headers['idempotency-key']),
      );
    },
  });

  app.put('/cases/:caseId/external-case-number', {
    preHandler: write,
    schema: {
      operationId: 'v1SetExternalCaseNumber',
      tags,
      summary: "Set the case's number in the municipality's case system (scope cases:write)",
      description:
        'Shown to caseworkers and recorded in the case history. Setting the same number again changes nothing.',
      params: caseParams,
      headers: idempotencyHeaders,
      body: externalCaseNumberBody,
      security: [{ bearerAuth: [] }],
      response: { 200: externalCaseNumberResponse, ...problemResponses(400, 401, 403, 404, 422, 429) },
    },
    handler: async (request, reply) => {
      return answered(
        reply,
        await service.setExternalCaseNumber(
          clientOf(request),
          request.params.caseId,
          request.body.externalCaseNumber,
          request.headers['idempotency-key'],
        ),
      );
    },
  });

  app.post('/cases/:caseId/status', {
    preHandler: write,
    schema: {
      operationId: 'v1ChangeCaseStatus',
      tags,
      summary: "Change the case's status (scope cases:write)",
      description:
        "Like a caseworker's status change: the same allowed changes (409 `conflict` otherwise), a case event, " +
        'and a notification to the applicant (`case-closed` when the case ends, else `status-changed`) unless ' +
        '`notifyApplicant` is false. Also allowed after the case is taken over, since the case system owns it.',
      params: caseParams,
      headers: idempotencyHeaders,
      body: statusChangeBody,
      security: [{ bearerAuth: [] }],
      response: { 200: statusChangeResponse, ...problemResponses(400, 401, 403, 404, 409, 422, 429) },
    },
    handler: async (request, reply) => {
      return answered(
        reply,
        await service.changeStatus(
          clientOf(request),
          request.params.caseId,
          request.body,
          request.headers['idempotency-key'],
        ),
      );
    },
  });

  app.post('/cases/:caseId/messages', {
    preHandler: writeMessages,
    schema: {
      operationId: 'v1SendMessage',
      tags,
      summary: 'Send a message to the applicant in the case thread (scope messages:write)',
      description:
        "Shown in the applicant's and the caseworkers' message thread as from the municipality, and the " +
        'applicant is told of it by e-mail/SMS (without its content). `attachmentIds` sends documents of the ' +
        'case with it (uploaded with v1UploadCaseDocuments, or by a caseworker, and not sent before); the ' +
        'caseworkers see when the applicant first opened each. A document that is not one is a 404 and nothing ' +
        'is sent.',
      params: caseParams,
      headers: idempotencyHeaders,
      body: messageBody,
      security: [{ bearerAuth: [] }],
      response: { 201: sentMessageSchema, ...problemResponses(400, 401, 403, 404, 422, 429) },
    },
    handler: async (request, reply) => {
      return reply
        .code(201)
        .send(
          answered(
            reply,
            await service.sendMessage(
              clientOf(request),
              request.params.caseId,
              request.body,
              request.headers['idempotency-key'],
            ),
          ),
        );
    },
  });

  app.post('/cases/:caseId/decision', {
    preHandler: write,
    schema: {
      operationId: 'v1RecordDecision',
      tags,
      summary: 'Record the decision made in the case system, with its letter (scope cases:write)',
      description:
        'Upload the letter first (v1UploadCaseDocuments, a PDF) and name it in `documentId`. The case becomes ' +
        "decided under the same status rules as a caseworker's decision, also after it is taken over; a case " +
        'already decided, closed or withdrawn is a 409 `conflict`. No calculation of ours is made: an amount is ' +
        'required for bifall and delavslag and refused otherwise, a motivation is required unless bifall, and ' +
        'a letter that is not a PDF the case system uploaded to this case is a 422 `invalid-decision` with ' +
        'field errors. The applicant sees the outcome, amount, period and motivation in the e-service, ' +
        'downloads your letter, and is told by e-mail/SMS (`decision-recorded`) unless `notifyApplicant` is ' +
        'false; caseworkers see it as decided by "Verksamhetssystemet".',
      params: caseParams,
      headers: idempotencyHeaders,
      body: decisionBody,
      security: [{ bearerAuth: [] }],
      response: { 200: recordedDecisionResponse, ...problemResponses(400, 401, 403, 404, 409, 422, 429) },
    },
    handler: async (request, reply) => {
      return answered(
        reply,
        await service.recordDecision(
          clientOf(request),
          request.params.caseId,
          request.body,
          request.headers['idempotency-key'],
        ),
      );
    },
  });

  app.post('/cases/:caseId/supplement-requests', {
    preHandler: write,
    schema: {
      operationId: 'v1RequestSupplement',
      tags,
      summary: 'Ask the applicant for more information or receipts by a date (scope cases:write)',
      description:
        "Like a caseworker's supplement request: the case awaits a supplement (409 `conflict` when its status " +
        'does not allow it, e.g. decided or closed), the applicant sees the request with the form to answer ' +
        'it and is told by e-mail/SMS (`supplement-requested`), and is reminded before the due date. The ' +
        "answer shows in the case's events and answers.",
      params: caseParams,
      headers: idempotencyHeaders,
      body: supplementRequestBody.meta({
        examples: [
          {
            message: 'Skicka kontoutdrag för oktober för alla konton i hushållet.',
            dueDate: '2026-11-20',
            receiptCategories: ['bank_statements'],
          },
        ],
      }),
      security: [{ bearerAuth: [] }],
      response: { 201: supplementRequestSchema, ...problemResponses(400, 401, 403, 404, 409, 422, 429) },
    },
    handler: async (request, reply) => {
      return reply
        .code(201)
        .send(
          answered(
            reply,
            await service.requestSupplement(
              clientOf(request),
              request.params.caseId,
              request.body,
              request.headers['idempotency-key'],
            ),
          ),
        );
    },
  });
};
