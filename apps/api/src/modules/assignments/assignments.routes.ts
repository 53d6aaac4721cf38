import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import { assignBody, assigneesSchema, caseParams, colleaguesQuery, colleaguesSchema } from './assignments.schemas.js';
import type { AssignmentsService } from './assignments.service.js';

export const assignmentsRoutes: FastifyPluginAsyncZod<{ service: AssignmentsService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireStaff);

  app.post('/staff/cases/:caseId/take', {
    schema: {
      operationId: 'takeCase',
      tags: ['assignments'],
      summary: '"Ta ärende": assign the case to me (audit-logged, in the case history)',
      params: caseParams,
      response: { 200: assigneesSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => ({
      items: await service.take(staffOf(request), request.params.caseId, request.id),
    }),
  });

  app.put('/staff/cases/:caseId/assignees', {
    schema: {
      operationId: 'setCaseAssignees',
      tags: ['assignments'],
      summary: 'Assign or reassign the case to colleagues of the same municipality (audit-logged, in the history)',
      params: caseParams,
      body: assignBody,
      response: { 200: assigneesSchema, ...problemResponses(400, 401, 403, 404, 422) },
    },
    handler: async (request) => ({
      items: await service.assign(staffOf(request), request.params.caseId, request.body.staffIds, request.id),
    }),
  });

  app.delete('/staff/cases/:caseId/assignees/me', {
    schema: {
      operationId: 'leaveCase',
      tags: ['assignments'],
      summary: 'Remove myself from the case (audit-logged, in the history)',
      params: caseParams,
      response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await service.unassignMe(staffOf(request), request.params.caseId, request.id);
      return reply.status(204).send();
    },
  });

  app.get('/staff/colleagues', {
    schema: {
      operationId: 'listColleagues',
      tags: ['assignments'],
      summary: 'Caseworkers and assistants of my municipality who can be assigned a case, by name',
      querystring: colleaguesQuery,
      response: { 200: colleaguesSchema, ...problemResponses(400, 401, 403) },
    },
    handler: async (request) => ({ items: await service.colleagues(staffOf(request), request.query.search) }),
  });
};
