import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import { caseChangesSchema, caseParams } from './case-comparison.schemas.js';
import type { CaseComparisonService } from './case-comparison.service.js';

export const caseComparisonRoutes: FastifyPluginAsyncZod<{ service: CaseComparisonService }> = async (
  app,
  { service },
) => {
  app.addHook('preHandler', app.requireStaff);

  app.get('/staff/cases/:caseId/changes', {
    schema: {
      operationId: 'getCaseChanges',
      tags: ['case-comparison'],
      summary: "Changes since the applicant's previous application of the same form, field by field (audit-logged)",
      description:
        'Every visible question and list row is new, changed, removed or unchanged, with both answers as ' +
        'text in Swedish. `previous` is null, and `sections` empty, when there is no earlier application.',
      params: caseParams,
      response: { 200: caseChangesSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const result = await service.compare(staffOf(request), request.params.caseId, request.id);
      return {
        ...result,
        previous: result.previous && { ...result.previous, submittedAt: result.previous.submittedAt.toISOString() },
      };
    },
  });
};
