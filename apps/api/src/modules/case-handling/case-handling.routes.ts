import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import {
  caseParams,
  colourBody,
  externalCaseNumberBody,
  statusChangeBody,
  statusSchema,
} from './case-handling.schemas.js';
import type { CaseHandlingService } from './case-handling.service.js';

export const caseHandlingRoutes: FastifyPluginAsyncZod<{ service: CaseHandlingService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireStaff);

  app.post('/staff/cases/:caseId/status', {
    schema: {
      operationId: 'changeCaseStatus',
      tags: ['case-handling'],
      summary: 'Change the status through the lifecycle (audit-logged; the applicant sees the new status)',
      description: 'A change the lifecycle does not allow from the current status is a 409 `conflict`.',
      params: caseParams,
      body: statusChangeBody,
      response: { 200: statusSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request) => service.changeStatus(staffOf(request), request.params.caseId, request.body, request.id),
  });

  app.put('/staff/cases/:caseId/colour', {
    schema: {
      operationId: 'setCaseColour',
      tags: ['case-handling'],
      summary: 'Put a colour label on the case, or remove it (audit-logged)',
      params: caseParams,
      body: colourBody,
      response: { 200: colourBody.meta({ id: 'CaseColourLabel' }), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) =>
      service.setColour(staffOf(request), request.params.caseId, request.body.colour, request.id),
  });

  app.put('/staff/cases/:caseId/external-case-number', {
    schema: {
      operationId: 'setExternalCaseNumber',
      tags: ['case-handling'],
      summary: "Record the case system's number for the case; the applicant sees it (audit-logged)",
      params: caseParams,
      body: externalCaseNumberBody,
      response: {
        200: externalCaseNumberBody.meta({ id: 'ExternalCaseNumber' }),
        ...problemResponses(400, 401, 403, 404),
      },
    },
    handler: async (request) =>
      service.setExternalCaseNumber(
        staffOf(request),
        request.params.caseId,
        request.body.externalCaseNumber,
        request.id,
      ),
  });

  app.put('/staff/cases/:caseId/flag', {
    schema: {
      operationId: 'flagCase',
      tags: ['case-handling'],
      summary: 'Flag the case for myself (my Flaggade tab; audit-logged)',
      params: caseParams,
      response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await service.flag(staffOf(request), request.params.caseId, request.id);
      return reply.status(204).send();
    },
  });

  app.delete('/staff/cases/:caseId/flag', {
    schema: {
      operationId: 'unflagCase',
      tags: ['case-handling'],
      summary: 'Remove my flag from the case (audit-logged)',
      params: caseParams,
      response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await service.unflag(staffOf(request), request.params.caseId, request.id);
      return reply.status(204).send();
    },
  });
};
