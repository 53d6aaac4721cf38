import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import { listSettingsSchema } from './list-settings.schemas.js';
import type { ListSettingsService } from './list-settings.service.js';

export const listSettingsRoutes: FastifyPluginAsyncZod<{ service: ListSettingsService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireStaff);

  app.get('/staff/me/list-settings', {
    schema: {
      operationId: 'getInboxListSettings',
      tags: ['inbox'],
      summary: 'My inbox list settings: columns, sort, page size, new tab, caseworkers by name or username',
      response: { 200: listSettingsSchema, ...problemResponses(401, 403) },
    },
    handler: async (request) => service.get(staffOf(request)),
  });

  app.put('/staff/me/list-settings', {
    schema: {
      operationId: 'saveInboxListSettings',
      tags: ['inbox'],
      summary: 'Save my inbox list settings (audit-logged)',
      body: listSettingsSchema,
      response: { 200: listSettingsSchema, ...problemResponses(400, 401, 403) },
    },
    handler: async (request) => service.save(staffOf(request), request.body, request.id),
  });
};
