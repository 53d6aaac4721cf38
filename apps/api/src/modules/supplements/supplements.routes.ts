import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { applicantOf, staffOf } from '../../plugins/auth.js';
import {
  caseParams,
  requestOut,
  supplementBody,
  supplementOut,
  supplementRequestBody,
  supplementRequestSchema,
  supplementSchema,
  supplementsOfCaseSchema,
} from './supplements.schemas.js';
import type { SupplementsService } from './supplements.service.js';

export const supplementsRoutes: FastifyPluginAsyncZod<{ service: SupplementsService }> = async (app, { service }) => {
  app.post('/staff/cases/:caseId/supplement-requests', {
    preHandler: app.requireStaff,
    schema: {
      operationId: 'requestSupplement',
      tags: ['supplements'],
      summary: 'Ask the applicant for more information or receipts by a date; the case awaits a supplement',
      params: caseParams,
      body: supplementRequestBody,
      response: { 201: supplementRequestSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      const created = await service.request(staffOf(request), request.params.caseId, request.body, request.id);
      return reply.status(201).send(requestOut(created));
    },
  });

  app.get('/staff/cases/:caseId/supplements', {
    preHandler: app.requireStaff,
    schema: {
      operationId: 'listCaseSupplementsForStaff',
      tags: ['supplements'],
      summary: 'Supplement requests and the supplements sent (the read is audit-logged)',
      params: caseParams,
      response: { 200: supplementsOfCaseSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const result = await service.listForStaff(staffOf(request), request.params.caseId, request.id);
      return { requests: result.requests.map(requestOut), supplements: result.supplements.map(supplementOut) };
    },
  });

  app.get('/applicant/cases/:caseId/supplements', {
    preHandler: app.requireApplicant,
    schema: {
      operationId: 'listMyCaseSupplements',
      tags: ['supplements'],
      summary: 'What the caseworker has asked for on my case, and what I have sent',
      params: caseParams,
      response: { 200: supplementsOfCaseSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const result = await service.listForApplicant(applicantOf(request), request.params.caseId);
      return { requests: result.requests.map(requestOut), supplements: result.supplements.map(supplementOut) };
    },
  });

  app.post('/applicant/cases/:caseId/supplements', {
    preHandler: app.requireApplicant,
    schema: {
      operationId: 'sendSupplement',
      tags: ['supplements'],
      summary: 'Send a supplement (the komplettering form) to my case',
      params: caseParams,
      body: supplementBody,
      response: { 201: supplementSchema, ...problemResponses(400, 401, 403, 404, 422) },
    },
    handler: async (request, reply) => {
      const created = await service.submit(applicantOf(request), request.params.caseId, request.body);
      return reply.status(201).send(supplementOut(created));
    },
  });
};
