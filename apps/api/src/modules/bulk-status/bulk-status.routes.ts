import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_SETTABLE_STATUSES } from '../../lib/case-lifecycle.js';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import type { BulkStatusService } from './bulk-status.service.js';

const bulkStatusBody = z.object({
  caseIds: z.array(z.uuid()).min(1).max(500),
  status: z.enum(STAFF_SETTABLE_STATUSES),
  notifyApplicant: z.boolean().describe('false: the applicants get no e-mail or SMS about the change'),
});

const bulkStatusResult = z
  .object({
    results: z.array(
      z.object({
        caseId: z.uuid(),
        changed: z.boolean(),
        problem: z
          .string()
          .nullable()
          .describe(
            'Why the case did not change, as the problem slug a single change answers with: `not-found`, ' +
              '`conflict` (the lifecycle does not allow it), `case-handed-over`',
          ),
      }),
    ),
  })
  .meta({ id: 'BulkStatusResult' });

export const bulkStatusRoutes: FastifyPluginAsyncZod<{ service: BulkStatusService }> = async (app, { service }) => {
  app.post('/staff/cases/bulk-status', {
    preHandler: app.requireStaff,
    schema: {
      operationId: 'changeCaseStatuses',
      tags: ['case-handling'],
      summary: 'Change the status of several cases, optionally without notifying the applicants (audit-logged)',
      description: 'Each case changes on its own; the answer says per case whether it changed and if not, why.',
      body: bulkStatusBody,
      response: { 200: bulkStatusResult, ...problemResponses(400, 401, 403) },
    },
    handler: async (request) => service.change(staffOf(request), request.body, request.id),
  });
};
