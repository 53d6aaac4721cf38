import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { applicantOf } from '../../plugins/auth.js';
import type { ApplicationsService } from './applications.service.js';
import { myCaseSchema, myCaseSummarySchema, submitApplicationBody, submittedSchema } from './applications.schemas.js';

const iso = (date: Date) => date.toISOString();

export const applicationsRoutes: FastifyPluginAsyncZod<{ service: ApplicationsService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireApplicant);

  app.post('/applicant/applications', {
    schema: {
      operationId: 'submitApplication',
      tags: ['applications'],
      summary: 'Submit an application; creates a case with a case number',
      body: submitApplicationBody,
      response: { 201: submittedSchema, ...problemResponses(400, 401, 403, 422) },
    },
    handler: async (request, reply) => {
      const created = await service.submit(applicantOf(request), request.body);
      return reply.status(201).send({ ...created, submittedAt: iso(created.submittedAt) });
    },
  });

  app.get('/applicant/cases', {
    schema: {
      operationId: 'listMyCases',
      tags: ['applications'],
      summary: "The logged-in applicant's cases, newest first",
      response: { 200: z.object({ items: z.array(myCaseSummarySchema) }), ...problemResponses(401, 403) },
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
};
