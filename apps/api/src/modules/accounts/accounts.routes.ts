import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import { applicantParams, loginCodeListSchema, staffParams } from './accounts.schemas.js';
import type { AccountsService } from './accounts.service.js';

export const accountsRoutes: FastifyPluginAsyncZod<{ service: AccountsService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireStaff);

  app.post('/staff/applicants/:applicantId/code-list', {
    schema: {
      operationId: 'issueLoginCodeList',
      tags: ['accounts'],
      summary: "A new printed code list for the applicant's login; voids the previous one (audit-logged)",
      params: applicantParams,
      response: { 201: loginCodeListSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      const list = await service.issueCodeList(staffOf(request), request.params.applicantId, request.id);
      return reply
        .status(201)
        .header('cache-control', 'no-store')
        .send({ ...list, issuedAt: list.issuedAt.toISOString() });
    },
  });

  app.post('/staff/applicants/:applicantId/unlock', {
    schema: {
      operationId: 'unlockApplicantLogin',
      tags: ['accounts'],
      summary: "Lift the lockout after failed logins to the applicant's account (audit-logged)",
      params: applicantParams,
      response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await service.unlockApplicant(staffOf(request), request.params.applicantId, request.id);
      return reply.status(204).send();
    },
  });

  app.post('/admin/staff/:staffId/unlock', {
    schema: {
      operationId: 'unlockStaffLogin',
      tags: ['accounts'],
      summary: "Lift the lockout after failed logins to a staff member's account (admins; audit-logged)",
      params: staffParams,
      response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await service.unlockStaff(staffOf(request), request.params.staffId, request.id);
      return reply.status(204).send();
    },
  });
};
