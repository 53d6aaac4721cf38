import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { sendPdf } from '../../lib/pdf/send-pdf.js';
import { applicantOf } from '../../plugins/auth.js';
import type { ApplicationsService } from './applications.service.js';
import { myCaseListItemSchema, myCaseSchema, submitApplicationBody, submittedSchema } from './applications.schemas.js';

const iso = (date: Date) => date.toISOString();

const caseEventSchema = z
  .object({
    type: z
      .string()
      .describe('submitted, supplement_requested, supplemented, message_to_applicant, message_from_applicant, …'),
    at: z.iso.datetime(),
  })
  .meta({ id: 'CaseEvent' });

const idempotencyKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,100}$/)
  .describe('A random value the client makes once per submission, e.g. a UUID');

export const applicationsRoutes: FastifyPluginAsyncZod<{ service: ApplicationsService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireApplicant);

  app.post('/applicant/applications', {
    schema: {
      operationId: 'submitApplication',
      tags: ['applications'],
      summary: 'Submit an application; creates a case with a case number and its PDF',
      description:
        'Send the same `Idempotency-Key` with every retry of one submission: a repeated request returns the case made the first time (with `Idempotent-Replayed: true`) instead of a second case.',
      headers: z.object({ 'idempotency-key': idempotencyKey.optional() }),
      body: submitApplicationBody,
      response: { 201: submittedSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    handler: async (request, reply) => {
      const { created, replayed } = await service.submit(applicantOf(request), {
        ...request.body,
        submissionKey: request.headers['idempotency-key'],
      });
      if (replayed) void reply.header('idempotent-replayed', 'true');
      return reply.status(201).send({ ...created, submittedAt: iso(created.submittedAt) });
    },
  });

  app.get('/applicant/cases', {
    schema: {
      operationId: 'listMyCases',
      tags: ['applications'],
      summary: "The logged-in applicant's cases, newest first",
      response: { 200: z.object({ items: z.array(myCaseListItemSchema) }), ...problemResponses(401, 403) },
    },
    handler: async (request) => {
      const items = await service.list(applicantOf(request));
      return { items: items.map((item) => ({ ...item, submittedAt: iso(item.submittedAt) })) };
    },
  });

  app.get('/applicant/cases/:caseId', {
    schema: {
      operationId: 'getMyCase',
      tags: ['applications'],
      summary: 'One of my cases with its answers',
      params: z.object({ caseId: z.uuid() }),
      response: { 200: myCaseSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const found = await service.get(applicantOf(request), request.params.caseId);
      return { ...found, submittedAt: iso(found.submittedAt) };
    },
  });

  app.get('/applicant/cases/:caseId/pdf', {
    schema: {
      operationId: 'getMyCasePdf',
      tags: ['applications'],
      summary: 'The application PDF made when the case was submitted',
      params: z.object({ caseId: z.uuid() }),
      produces: ['application/pdf'],
      response: {
        200: z.any().describe('The PDF').meta({ contentMediaType: 'application/pdf' }),
        ...problemResponses(400, 401, 403, 404),
      },
    },
    handler: async (request, reply) => {
      const { caseNumber, body } = await service.pdf(applicantOf(request), request.params.caseId);
      return sendPdf(reply, `ansokan-${caseNumber}.pdf`, body);
    },
  });

  app.get('/applicant/cases/:caseId/events', {
    schema: {
      operationId: 'getMyCaseTimeline',
      tags: ['applications'],
      summary: 'What has happened on my case, oldest first',
      params: z.object({ caseId: z.uuid() }),
      response: {
        200: z.object({ items: z.array(caseEventSchema) }).meta({ id: 'CaseTimeline' }),
        ...problemResponses(400, 401, 403, 404),
      },
    },
    handler: async (request) => {
      const events = await service.timeline(applicantOf(request), request.params.caseId);
      return { items: events.map((event) => ({ type: event.type, at: iso(event.createdAt) })) };
    },
  });
};
