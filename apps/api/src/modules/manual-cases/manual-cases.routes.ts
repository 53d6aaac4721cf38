import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import {
  applicantSearchBody,
  manualCaseApplicantSchema,
  registerManualCaseBody,
  registeredCaseSchema,
  toManualCaseApplicant,
} from './manual-cases.schemas.js';
import type { ManualCasesService } from './manual-cases.service.js';

export const manualCasesRoutes: FastifyPluginAsyncZod<{ service: ManualCasesService }> = async (app, { service }) => {
  app.post('/staff/manual-cases/applicant-search', {
    preHandler: app.requireStaff,
    schema: {
      operationId: 'findManualCaseApplicant',
      tags: ['manual-cases'],
      summary: "Find the municipality's applicant by personnummer, to register a paper or phone application for",
      body: applicantSearchBody,
      response: { 200: manualCaseApplicantSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) =>
      toManualCaseApplicant(await service.findApplicant(staffOf(request), request.body.personnummer, request.id)),
  });

  app.post('/staff/manual-cases', {
    preHandler: app.requireStaff,
    schema: {
      operationId: 'registerManualCase',
      tags: ['manual-cases'],
      summary: 'Register an application that came on paper or by phone; the answers are checked as on submit',
      body: registerManualCaseBody,
      response: { 201: registeredCaseSchema, ...problemResponses(400, 401, 403, 404, 422) },
    },
    handler: async (request, reply) => {
      const created = await service.register(staffOf(request), request.body, request.id);
      return reply.status(201).send({ ...created, submittedAt: created.submittedAt.toISOString() });
    },
  });
};
