import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { sendPdf } from '../../lib/pdf/send-pdf.js';
import { staffOf } from '../../plugins/auth.js';
import type { StaffCodeListsService } from './staff-code-lists.service.js';

const staffParams = z.object({ staffId: z.uuid() });

export const staffCodeListsRoutes: FastifyPluginAsyncZod<{ service: StaffCodeListsService }> = async (
  app,
  { service },
) => {
  app.post('/admin/staff/:staffId/code-list', {
    preHandler: app.requireStaff,
    schema: {
      operationId: 'issueStaffLoginCodeList',
      tags: ['accounts'],
      summary:
        "A new printed code list (PDF) for a staff member's login; voids the previous one (admins; audit-logged)",
      description:
        'The 40 numbered codes are in this PDF only, to print and hand over. From now on the staff login asks ' +
        'for one of them instead of sending an SMS.',
      params: staffParams,
      produces: ['application/pdf'],
      response: {
        201: z.any().describe('The PDF to print').meta({ contentMediaType: 'application/pdf' }),
        ...problemResponses(400, 401, 403, 404),
      },
    },
    handler: async (request, reply) => {
      const { username, pdf } = await service.issue(staffOf(request), request.params.staffId, request.id);
      // The user name goes into a header: only characters that need no quoting.
      const fileName = `kodlista-${username.replace(/[^A-Za-z0-9._-]/g, '-')}.pdf`;
      return sendPdf(reply.status(201), fileName, Buffer.from(pdf));
    },
  });
};
