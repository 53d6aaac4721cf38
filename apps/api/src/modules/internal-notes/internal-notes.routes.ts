import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import type { InternalNotesService } from './internal-notes.service.js';

const caseParams = z.object({ caseId: z.uuid() });

const noteSchema = z
  .object({
    id: z.uuid(),
    body: z.string(),
    author: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'InternalNote' });

type NoteRow = { id: string; body: string; authorId: string; authorName: string; createdAt: Date };
const noteOut = (row: NoteRow) => ({
  id: row.id,
  body: row.body,
  author: { id: row.authorId, name: row.authorName },
  createdAt: row.createdAt.toISOString(),
});

export const internalNotesRoutes: FastifyPluginAsyncZod<{ service: InternalNotesService }> = async (
  app,
  { service },
) => {
  app.addHook('preHandler', app.requireStaff);

  app.get('/staff/cases/:caseId/notes', {
    schema: {
      operationId: 'listInternalNotes',
      tags: ['internal-notes'],
      summary: "The case's internal notes, oldest first; staff only (the read is audit-logged)",
      params: caseParams,
      response: {
        200: z.object({ items: z.array(noteSchema) }).meta({ id: 'InternalNotes' }),
        ...problemResponses(400, 401, 403, 404),
      },
    },
    handler: async (request) => ({
      items: (await service.list(staffOf(request), request.params.caseId, request.id)).map(noteOut),
    }),
  });

  app.post('/staff/cases/:caseId/notes', {
    schema: {
      operationId: 'addInternalNote',
      tags: ['internal-notes'],
      summary: 'Write an internal note on the case; never shown to the applicant (audit-logged)',
      params: caseParams,
      body: z.object({ body: z.string().trim().min(1).max(10_000) }),
      response: { 201: noteSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      const note = await service.add(staffOf(request), request.params.caseId, request.body.body, request.id);
      return reply.status(201).send(noteOut(note));
    },
  });
};
