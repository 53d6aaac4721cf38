import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { sendPdf } from '../../lib/pdf/send-pdf.js';
import { staffOf } from '../../plugins/auth.js';
import {
  applicantDetailSchema,
  applicantPageSchema,
  applicantParams,
  applicantSearchQuery,
  createdApplicantSchema,
  loginCodeListSchema,
  newApplicantSchema,
  newPasswordSchema,
  staffParams,
} from './accounts.schemas.js';
import type { AccountsService } from './accounts.service.js';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const accountsRoutes: FastifyPluginAsyncZod<{ service: AccountsService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireStaff);

  app.get('/staff/applicants', {
    schema: {
      operationId: 'searchApplicants',
      tags: ['accounts'],
      summary: "The municipality's applicants by personnummer or name, in list order (audit-logged)",
      querystring: applicantSearchQuery,
      response: { 200: applicantPageSchema, ...problemResponses(400, 401, 403) },
    },
    handler: async (request) => {
      const found = await service.search(staffOf(request), request.query, request.id);
      return {
        ...found,
        items: found.items.map(({ deactivatedAt, ...item }) => ({ ...item, deactivated: deactivatedAt !== null })),
      };
    },
  });

  app.post('/staff/applicants', {
    schema: {
      operationId: 'createApplicant',
      tags: ['accounts'],
      summary: 'Create an applicant account; the answer carries the initial password, shown this once',
      body: newApplicantSchema,
      response: { 201: createdApplicantSchema, ...problemResponses(400, 401, 403, 409) },
    },
    handler: async (request, reply) => {
      const created = await service.create(staffOf(request), request.body, request.id);
      return reply.status(201).header('cache-control', 'no-store').send(created);
    },
  });

  app.get('/staff/applicants/:applicantId', {
    schema: {
      operationId: 'getApplicant',
      tags: ['accounts'],
      summary: 'One applicant: contact details, login state and cases (audit-logged)',
      params: applicantParams,
      response: { 200: applicantDetailSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const { applicant, cases, hasActiveCodeList, lockedUntil } = await service.detail(
        staffOf(request),
        request.params.applicantId,
        request.id,
      );
      return {
        id: applicant.id,
        personnummer: applicant.personnummer,
        givenName: applicant.givenName,
        familyName: applicant.familyName,
        mobile: applicant.mobile,
        email: applicant.email,
        createdAt: applicant.createdAt.toISOString(),
        deactivatedAt: iso(applicant.deactivatedAt),
        lockedUntil: iso(lockedUntil),
        hasPassword: applicant.passwordHash !== null,
        hasActiveCodeList,
        cases: cases?.map((item) => ({ ...item, submittedAt: item.submittedAt.toISOString() })) ?? null,
      };
    },
  });

  app.post('/staff/applicants/:applicantId/password', {
    schema: {
      operationId: 'resetApplicantPassword',
      tags: ['accounts'],
      summary: "A new generated password, shown this once; ends the applicant's sessions (audit-logged)",
      params: applicantParams,
      response: { 200: newPasswordSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      const made = await service.resetPassword(staffOf(request), request.params.applicantId, request.id);
      return reply.header('cache-control', 'no-store').send(made);
    },
  });

  app.post('/staff/applicants/:applicantId/deactivate', {
    schema: {
      operationId: 'deactivateApplicant',
      tags: ['accounts'],
      summary: 'Stop every login to the account and end its sessions; the cases stay (audit-logged)',
      params: applicantParams,
      response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await service.setDeactivated(staffOf(request), request.params.applicantId, true, request.id);
      return reply.status(204).send();
    },
  });

  app.post('/staff/applicants/:applicantId/reactivate', {
    schema: {
      operationId: 'reactivateApplicant',
      tags: ['accounts'],
      summary: 'Allow logins to a deactivated account again (audit-logged)',
      params: applicantParams,
      response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await service.setDeactivated(staffOf(request), request.params.applicantId, false, request.id);
      return reply.status(204).send();
    },
  });

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

  app.post('/staff/applicants/:applicantId/code-list/pdf', {
    schema: {
      operationId: 'issueLoginCodeListPdf',
      tags: ['accounts'],
      summary: 'A new code list as a PDF to print; voids the previous one (audit-logged)',
      params: applicantParams,
      produces: ['application/pdf'],
      response: {
        200: z.any().describe('The code list to print').meta({ contentMediaType: 'application/pdf' }),
        ...problemResponses(400, 401, 403, 404),
      },
    },
    handler: async (request, reply) => {
      const pdf = await service.issueCodeListPdf(staffOf(request), request.params.applicantId, request.id);
      return sendPdf(reply, 'kodlista.pdf', Buffer.from(pdf));
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
