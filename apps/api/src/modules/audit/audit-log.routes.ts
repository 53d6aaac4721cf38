import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import type { AuditLogService } from './audit-log.service.js';

/** Deeper pages cost a scan of every entry before them; the date filters reach old entries faster. */
const MAX_OFFSET = 10_000;

const auditLogQuery = z
  .object({
    staffId: z.uuid().optional().describe('Only what this staff member did'),
    caseId: z.uuid().optional().describe('Only entries about this case, including list reads that showed it'),
    from: z.iso.date().optional().describe('First day, Swedish time'),
    to: z.iso.date().optional().describe('Last day, Swedish time'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(50),
  })
  .refine((query) => (query.page - 1) * query.pageSize < MAX_OFFSET, {
    path: ['page'],
    message: `Pages reach at most ${MAX_OFFSET} entries deep; narrow the dates instead`,
  });

const auditLogEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.iso.datetime(),
    actor: z.object({
      kind: z.enum(['applicant', 'staff', 'system', 'integration']),
      id: z.uuid().nullable(),
      name: z.string().nullable(),
    }),
    action: z.string().describe('e.g. case.read, case.list, case.take, case.status.change, login'),
    entity: z.object({ type: z.string(), id: z.uuid().nullable() }),
    caseNumber: z.string().nullable().describe('When the entry is about a case'),
    clientIp: z.string().nullable().describe('Where the request came from; null for entries from before it was kept'),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditLogEntry' });

export const auditLogRoutes: FastifyPluginAsyncZod<{ service: AuditLogService }> = async (app, { service }) => {
  app.get('/staff/audit-log', {
    preHandler: app.requireStaff,
    schema: {
      operationId: 'listAuditLog',
      tags: ['audit'],
      summary: "The municipality's audit log, newest first: who did or read what, when and from where",
      description:
        'For administrators and unrestricted caseworkers of the municipality; assistants and restricted ' +
        'caseworkers get 403. The read is itself audit-logged.',
      querystring: auditLogQuery,
      response: {
        200: z
          .object({
            items: z.array(auditLogEntrySchema),
            page: z.number().int(),
            pageSize: z.number().int(),
            hasMore: z.boolean(),
          })
          .meta({ id: 'AuditLogPage' }),
        ...problemResponses(400, 401, 403),
      },
    },
    handler: async (request) => {
      const { page, pageSize, ...filters } = request.query;
      const result = await service.page(staffOf(request), filters, page, pageSize, request.id);
      return {
        page,
        pageSize,
        hasMore: result.hasMore,
        items: result.items.map((row) => ({
          seq: row.seq,
          at: row.createdAt.toISOString(),
          actor: { kind: row.actorKind, id: row.actorId, name: row.actorName },
          action: row.action,
          entity: { type: row.entityType, id: row.entityId },
          caseNumber: row.caseNumber,
          clientIp: row.clientIp,
          details: row.details,
        })),
      };
    },
  });
};
