import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import { caseParams, handOverSchema } from './case-removal.schemas.js';
import type { CaseRemovalService } from './case-removal.service.js';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const caseRemovalRoutes: FastifyPluginAsyncZod<{ service: CaseRemovalService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireStaff);

  app.post('/staff/cases/:caseId/hand-over', {
    schema: {
      operationId: 'handOverCase',
      tags: ['case-removal'],
      summary: "Mark the case as taken over by the municipality's case system (audit-logged)",
      description:
        'The case leaves the active tabs for Överlämnade and becomes read-only here: changes answer 409 ' +
        '`case-handed-over`. Test cases are not handed over (409 `test-case`). Caseworkers only (403).',
      params: caseParams,
      response: { 200: handOverSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request) => {
      const result = await service.handOver(staffOf(request), request.params.caseId, request.id);
      return { handedOverAt: iso(result.handedOverAt) };
    },
  });

  app.delete('/staff/cases/:caseId/hand-over', {
    schema: {
      operationId: 'undoCaseHandOver',
      tags: ['case-removal'],
      summary: 'Undo a hand-over made by mistake: the case returns to the active tabs (audit-logged)',
      params: caseParams,
      response: { 200: handOverSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request) => {
      const result = await service.undoHandOver(staffOf(request), request.params.caseId, request.id);
      return { handedOverAt: iso(result.handedOverAt) };
    },
  });

  app.delete('/staff/cases/:caseId', {
    schema: {
      operationId: 'deleteCase',
      tags: ['case-removal'],
      summary: 'Delete the case with its messages, notes, history and files (audit-logged)',
      description:
        'Allowed for closed, withdrawn and handed-over cases and for test cases at any status; any other ' +
        'case answers 409 `case-not-deletable`. Caseworkers only (403). The audit entry keeps only the ' +
        'case id and number.',
      params: caseParams,
      response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      await service.delete(staffOf(request), request.params.caseId, request.id);
      return reply.status(204).send();
    },
  });
};
