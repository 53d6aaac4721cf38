import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import { failedNotificationListSchema, failedNotificationParams } from './failed-notifications.schemas.js';
import type { FailedNotificationsService } from './failed-notifications.service.js';

export const failedNotificationsRoutes: FastifyPluginAsyncZod<{ service: FailedNotificationsService }> = async (
  app,
  { service },
) => {
  app.addHook('preHandler', app.requireStaff);

  app.get('/admin/failed-notifications', {
    schema: {
      operationId: 'listFailedNotifications',
      tags: ['failed-notifications'],
      summary: "Notifications of the municipality's cases that could not be sent after every retry (admins)",
      description: 'Newest first, at most 200. Audit-logged. Shows no addresses, numbers or names.',
      response: { 200: failedNotificationListSchema, ...problemResponses(401, 403) },
    },
    handler: async (request) => service.list(staffOf(request), request.id),
  });

  app.post('/admin/failed-notifications/:jobId/retry', {
    schema: {
      operationId: 'retryFailedNotification',
      tags: ['failed-notifications'],
      summary: 'Try to send a failed notification once more, now (admins; audit-logged)',
      params: failedNotificationParams,
      response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await service.retry(staffOf(request), request.params.jobId, request.id);
      return reply.status(204).send();
    },
  });
};
