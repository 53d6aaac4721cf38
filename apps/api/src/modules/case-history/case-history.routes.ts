import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseEventTypeSchema, problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import type { CaseHistoryService } from './case-history.service.js';

const personSchema = z.object({ id: z.uuid(), name: z.string() });

const historyEventSchema = z
  .object({
    id: z.uuid(),
    type: caseEventTypeSchema,
    at: z.iso.datetime(),
    actor: z.object({
      kind: z.enum(['applicant', 'staff', 'system', 'integration']),
      id: z.uuid().nullable(),
      name: z.string().nullable().describe('The staff member or applicant; null for the system'),
    }),
    subject: personSchema.nullable().describe('The colleague an assignment event concerns'),
    data: z.record(z.string(), z.unknown()).describe('Details of the event, e.g. the previous status and a comment'),
  })
  .meta({ id: 'CaseHistoryEvent' });

export const caseHistoryRoutes: FastifyPluginAsyncZod<{ service: CaseHistoryService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireStaff);

  app.get('/staff/cases/:caseId/events', {
    schema: {
      operationId: 'getCaseHistory',
      tags: ['case-history'],
      summary: 'The case history: every event with who and when, oldest first (the read is audit-logged)',
      params: z.object({ caseId: z.uuid() }),
      response: {
        200: z.object({ items: z.array(historyEventSchema) }).meta({ id: 'CaseHistory' }),
        ...problemResponses(400, 401, 403, 404),
      },
    },
    handler: async (request) => {
      const events = await service.list(staffOf(request), request.params.caseId, request.id);
      return {
        items: events.map((event) => ({
          id: event.id,
          type: event.type,
          at: event.createdAt.toISOString(),
          actor: { kind: event.actorKind, id: event.actorId, name: event.actorName },
          subject: event.subjectId && event.subjectName ? { id: event.subjectId, name: event.subjectName } : null,
          data: event.data,
        })),
      };
    },
  });
};
