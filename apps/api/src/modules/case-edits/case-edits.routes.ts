import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import { answerEditsSchema, caseParams, editAnswersBody, editedAnswersSchema } from './case-edits.schemas.js';
import type { CaseEditsService } from './case-edits.service.js';

export const caseEditsRoutes: FastifyPluginAsyncZod<{ service: CaseEditsService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireStaff);

  app.put('/staff/cases/:caseId/answers', {
    schema: {
      operationId: 'editCaseAnswers',
      tags: ['case-edits'],
      summary: 'Change the submitted answers, with a reason (a case event and audit-logged; the original is kept)',
      description:
        "The answers are checked by the case's form version as at submission (422 `invalid-form`); answers " +
        'that change nothing are 422 `no-changes`; a closed or withdrawn case is 409 `conflict`.',
      params: caseParams,
      body: editAnswersBody,
      response: { 200: editedAnswersSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    handler: async (request) => service.edit(staffOf(request), request.params.caseId, request.body, request.id),
  });

  app.get('/staff/cases/:caseId/answers/edits', {
    schema: {
      operationId: 'getCaseAnswerEdits',
      tags: ['case-edits'],
      summary: 'The answers as submitted and every edit with its reason and changes (the read is audit-logged)',
      params: caseParams,
      response: { 200: answerEditsSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const result = await service.edits(staffOf(request), request.params.caseId, request.id);
      return { ...result, edits: result.edits.map((edit) => ({ ...edit, at: edit.at.toISOString() })) };
    },
  });
};
