import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import { notificationSettingsSchema } from './notification-settings.js';
import type { NotificationSettingsService } from './notification-settings.service.js';
import { notificationTemplatesInputSchema, notificationTemplatesSchema } from './notification-templates.js';

export const notificationSettingsRoutes: FastifyPluginAsyncZod<{ service: NotificationSettingsService }> = async (
  app,
  { service },
) => {
  app.addHook('preHandler', app.requireStaff);

  app.get('/admin/notification-settings', {
    schema: {
      operationId: 'getNotificationSettings',
      tags: ['notification-settings'],
      summary:
        "The municipality's notification settings: sender, function mailbox and which notifications go out (admins)",
      response: { 200: notificationSettingsSchema, ...problemResponses(401, 403) },
    },
    handler: async (request) => service.get(staffOf(request)),
  });

  app.put('/admin/notification-settings', {
    schema: {
      operationId: 'saveNotificationSettings',
      tags: ['notification-settings'],
      summary: "Save the municipality's notification settings (admins; audit-logged)",
      description: 'Applies to notifications not yet delivered too, since each delivery reads the settings anew.',
      body: notificationSettingsSchema,
      response: { 200: notificationSettingsSchema, ...problemResponses(400, 401, 403) },
    },
    handler: async (request) => service.save(staffOf(request), request.body, request.id),
  });

  app.get('/admin/notification-templates', {
    schema: {
      operationId: 'getNotificationTemplates',
      tags: ['notification-settings'],
      summary: "The notification texts per event and language: built-in and the municipality's own (admins)",
      response: { 200: notificationTemplatesSchema, ...problemResponses(401, 403) },
    },
    handler: async (request) => service.getTemplates(staffOf(request)),
  });

  app.put('/admin/notification-templates', {
    schema: {
      operationId: 'saveNotificationTemplates',
      tags: ['notification-settings'],
      summary: "Save the municipality's own notification texts (admins; audit-logged)",
      description:
        'Replaces them all; an event and language left out gets the built-in text. Texts may use {kommun} and ' +
        '{länk}, must contain {länk}, and may hold no digits; an SMS must fit 160 characters with the real link.',
      body: notificationTemplatesInputSchema,
      response: { 200: notificationTemplatesSchema, ...problemResponses(400, 401, 403, 422) },
    },
    handler: async (request) => service.saveTemplates(staffOf(request), request.body, request.id),
  });
};
