import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { applicantOf } from '../../plugins/auth.js';
import {
  DRAFT_MAX_BYTES,
  draftConflictResponse,
  draftFromLastCaseSchema,
  draftSchema,
  formIdQuery,
  saveDraftBody,
} from './drafts.schemas.js';
import type { DraftsService } from './drafts.service.js';

type DraftRow = Awaited<ReturnType<DraftsService['get']>>;

const toDraft = (draft: DraftRow) => ({
  ...draft,
  createdAt: draft.createdAt.toISOString(),
  updatedAt: draft.updatedAt.toISOString(),
});

export const draftsRoutes: FastifyPluginAsyncZod<{ service: DraftsService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireApplicant);

  app.get('/applicant/drafts/current', {
    schema: {
      operationId: 'getCurrentDraft',
      tags: ['drafts'],
      summary: 'My open draft of a form (404 when there is none)',
      querystring: formIdQuery,
      response: { 200: draftSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => toDraft(await service.get(applicantOf(request), request.query.formId)),
  });

  app.put('/applicant/drafts/current', {
    bodyLimit: DRAFT_MAX_BYTES,
    schema: {
      operationId: 'saveCurrentDraft',
      tags: ['drafts'],
      summary: 'Create my draft of a form (no revision) or replace its answers (the revision I read)',
      description:
        'Answers are stored as given, partial and unvalidated, with the current form version. Each save raises ' +
        'the revision; a save naming an older revision, or creating a draft that exists, gives 409 stale-draft ' +
        'with the current revision.',
      body: saveDraftBody,
      response: { 200: draftSchema, ...problemResponses(400, 401, 403, 422), 409: draftConflictResponse },
    },
    handler: async (request) => toDraft(await service.save(applicantOf(request), request.body)),
  });

  app.delete('/applicant/drafts/current', {
    schema: {
      operationId: 'discardCurrentDraft',
      tags: ['drafts'],
      summary: 'Discard my draft of a form with its uploaded files and send-later marks',
      querystring: formIdQuery,
      response: { 204: z.undefined().describe('Discarded'), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await service.discard(applicantOf(request), request.query.formId);
      return reply.status(204).send();
    },
  });

  app.post('/applicant/drafts/from-last-case', {
    schema: {
      operationId: 'startDraftFromLastCase',
      tags: ['drafts'],
      summary: 'Start a monthly application from my latest one ("Start from last month")',
      description:
        'Copies the answers that still hold for a new month into a new draft of the current form version: not the ' +
        'period, the changes since last time, dated incomes, the message or the declaration, nor anything the ' +
        'current version does not ask. 404 without an earlier monthly case, 409 draft-exists when a draft is open.',
      response: {
        201: draftFromLastCaseSchema,
        ...problemResponses(401, 403, 404),
        409: draftConflictResponse,
      },
    },
    handler: async (request, reply) => {
      const started = await service.startFromLastCase(applicantOf(request));
      return reply.status(201).send({ ...started, draft: toDraft(started.draft) });
    },
  });
};
