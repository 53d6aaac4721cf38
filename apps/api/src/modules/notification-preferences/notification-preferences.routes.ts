import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { applicantOf } from '../../plugins/auth.js';
import {
  notificationPreferencesSchema,
  notificationPreferencesUpdateSchema,
} from './notification-preferences.schemas.js';
import type { NotificationPreferencesService } from './notification-preferences.service.js';

export const notificationPreferencesRoutes: FastifyPluginAsyncZod<{ service: NotificationPreferencesService }> = async (
  app,
  { service },
) => {
  app.get('/applicant/notification-preferences', {
    preHandler: app.requireApplicant,
    schema: {
      operationId: 'getMyNotificationPreferences',
      tags: ['notification-preferences'],
      summary: 'How I am told of news in my cases: my channels, contact details and language',
      response: { 200: notificationPreferencesSchema, ...problemResponses(401, 403, 404) },
    },
    handler: async (request) => service.get(applicantOf(request)),
  });

  app.put('/applicant/notification-preferences', {
    preHandler: app.requireApplicant,
    schema: {
      operationId: 'updateMyNotificationPreferences',
      tags: ['notification-preferences'],
      summary: 'Choose my channels, contact details and language (a changed mobile number is audit-logged)',
      body: notificationPreferencesUpdateSchema,
      response: { 200: notificationPreferencesSchema, ...problemResponses(400, 401, 403, 404, 422) },
    },
    handler: async (request) => service.update(applicantOf(request), request.body, request.id),
  });
};
