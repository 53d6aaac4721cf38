import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import {
  createdSchema,
  createMailingBody,
  mailingDetailSchema,
  mailingListSchema,
  mailingParams,
  previewBody,
  previewSchema,
} from './mailings.schemas.js';
import type { MailingsService } from './mailings.service.js';

const dates = <Row extends { createdAt: Date; finishedAt: Date | null }>(row: Row) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
});

export const mailingsRoutes: FastifyPluginAsyncZod<{ service: MailingsService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireStaff);

  app.post('/staff/mailings/preview', {
    schema: {
      operationId: 'previewMailing',
      tags: ['mailings'],
      summary: 'How many cases and applicants a mailing would reach on the channel',
      body: previewBody,
      response: { 200: previewSchema, ...problemResponses(400, 401, 403) },
    },
    handler: async (request) => service.preview(staffOf(request), request.body),
  });

  app.post('/staff/mailings', {
    schema: {
      operationId: 'createMailing',
      tags: ['mailings'],
      summary: 'Send a mailing to the applicants of the selected cases (audit-logged); delivered in the background',
      description:
        'The text goes out as written, so it must not hold personal data. A selection with no applicant to ' +
        'send to is a 422 `no-recipients`.',
      body: createMailingBody,
      response: { 201: createdSchema, ...problemResponses(400, 401, 403, 422) },
    },
    handler: async (request, reply) => {
      const created = await service.create(staffOf(request), request.body, request.id);
      return reply.status(201).send(created);
    },
  });

  app.get('/staff/mailings', {
    schema: {
      operationId: 'listMailings',
      tags: ['mailings'],
      summary: "The municipality's mailings, newest first, with their progress (a restricted caseworker's own)",
      response: { 200: mailingListSchema, ...problemResponses(401, 403) },
    },
    handler: async (request) => ({ items: (await service.list(staffOf(request))).map(dates) }),
  });

  app.get('/staff/mailings/:mailingId', {
    schema: {
      operationId: 'getMailing',
      tags: ['mailings'],
      summary: 'A mailing with its progress and the recipients not reached (the read is audit-logged)',
      params: mailingParams,
      response: { 200: mailingDetailSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => dates(await service.get(staffOf(request), request.params.mailingId, request.id)),
  });
};
