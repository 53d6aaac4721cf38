import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { staffStatusChanges } from '../../lib/case-lifecycle.js';
import { isCaseDeletable } from '../../lib/case-retention.js';
import { problemResponses } from '../../lib/http-schemas.js';
import { sendPdf } from '../../lib/pdf/send-pdf.js';
import { staffOf } from '../../plugins/auth.js';
import { parseInboxSearch } from './inbox-search.js';
import { inboxPageSchema, inboxQuerySchema, staffCaseSchema } from './inbox.schemas.js';
import type { InboxService } from './inbox.service.js';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const inboxRoutes: FastifyPluginAsyncZod<{ service: InboxService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireStaff);

  app.get('/staff/cases', {
    schema: {
      operationId: 'listStaffCases',
      tags: ['inbox'],
      summary: 'The inbox: one page of a tab, searched, filtered and sorted, with counts for every tab',
      description:
        'Restricted caseworkers see only cases assigned to them, in the items, the totals and the counts. ' +
        'The read is audit-logged with the ids of the cases shown.',
      querystring: inboxQuerySchema,
      response: { 200: inboxPageSchema, ...problemResponses(400, 401, 403) },
    },
    handler: async (request) => {
      const { tab, search, status, formId, period, submittedFrom, submittedTo, sort, order, page, pageSize } =
        request.query;
      const filters = {
        search: search ? parseInboxSearch(search) : null,
        statuses: status ? [status].flat() : [],
        formId,
        period,
        submittedFrom,
        submittedTo,
      };
      const result = await service.list(staffOf(request), { tab, filters, sort, order, page, pageSize }, request.id);
      return {
        ...result,
        page,
        pageSize,
        items: result.items.map(({ takenOverAt, ...item }) => ({
          ...item,
          submittedAt: item.submittedAt.toISOString(),
          dueAt: iso(item.dueAt),
          handedOverAt: iso(takenOverAt),
        })),
      };
    },
  });

  app.get('/staff/cases/:caseId', {
    schema: {
      operationId: 'getStaffCase',
      tags: ['inbox'],
      summary: 'One case with its answers, assignees, my flag, colour and due time (the read is audit-logged)',
      params: z.object({ caseId: z.uuid() }),
      response: { 200: staffCaseSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const { takenOverAt, ...found } = await service.get(staffOf(request), request.params.caseId, request.id);
      return {
        ...found,
        submittedAt: found.submittedAt.toISOString(),
        dueAt: iso(found.dueAt),
        handedOverAt: iso(takenOverAt),
        deletable: isCaseDeletable({ ...found, takenOverAt }),
        // A handed-over case is read-only here.
        statusChanges: takenOverAt ? [] : staffStatusChanges(found.status),
      };
    },
  });

  app.get('/staff/cases/:caseId/pdf', {
    schema: {
      operationId: 'getStaffCasePdf',
      tags: ['inbox'],
      summary: 'The application PDF made at submission (the download is audit-logged)',
      params: z.object({ caseId: z.uuid() }),
      produces: ['application/pdf'],
      response: {
        200: z.any().describe('The PDF').meta({ contentMediaType: 'application/pdf' }),
        ...problemResponses(400, 401, 403, 404),
      },
    },
    handler: async (request, reply) => {
      const { caseNumber, body } = await service.pdf(staffOf(request), request.params.caseId, request.id);
      return sendPdf(reply, `ansokan-${caseNumber}.pdf`, body);
    },
  });
};
