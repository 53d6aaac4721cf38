import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { sendPdf } from '../../lib/pdf/send-pdf.js';
import { staffOf } from '../../plugins/auth.js';
import { caseStatusSchema, myCaseSchema } from '../applications/applications.schemas.js';
import type { InboxService } from './inbox.service.js';

const inboxItemSchema = z
  .object({
    id: z.uuid(),
    caseNumber: z.string(),
    applicantName: z.string(),
    period: z.string(),
    status: caseStatusSchema,
    submittedAt: z.iso.datetime(),
    assigneeName: z.string().nullable(),
  })
  .meta({ id: 'InboxItem' });

const staffCaseSchema = myCaseSchema
  .extend({ applicant: z.object({ name: z.string(), personnummer: z.string() }) })
  .meta({ id: 'StaffCase' });

export const inboxRoutes: FastifyPluginAsyncZod<{ service: InboxService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireStaff);

  app.get('/staff/cases', {
    schema: {
      operationId: 'listStaffCases',
      tags: ['inbox'],
      summary: 'The inbox: one tab of cases with counts for every tab',
      querystring: z.object({
        tab: z.enum(['unassigned', 'all']).default('unassigned'),
        page: z.coerce.number().int().min(1).default(1),
        pageSize: z.coerce.number().int().min(1).max(100).default(25),
      }),
      response: {
        200: z.object({
          items: z.array(inboxItemSchema),
          total: z.number().int(),
          counts: z.object({ unassigned: z.number().int(), all: z.number().int() }),
        }),
        ...problemResponses(400, 401, 403),
      },
    },
    handler: async (request) => {
      const { tab, page, pageSize } = request.query;
      const result = await service.list(staffOf(request), tab, page, pageSize, request.id);
      return {
        ...result,
        items: result.items.map((item) => ({ ...item, submittedAt: item.submittedAt.toISOString() })),
      };
    },
  });

  app.get('/staff/cases/:caseId', {
    schema: {
      operationId: 'getStaffCase',
      tags: ['inbox'],
      summary: 'One case with its answers (the read is audit-logged)',
      params: z.object({ caseId: z.uuid() }),
      response: { 200: staffCaseSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const found = await service.get(staffOf(request), request.params.caseId, request.id);
      return { ...found, submittedAt: found.submittedAt.toISOString() };
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
