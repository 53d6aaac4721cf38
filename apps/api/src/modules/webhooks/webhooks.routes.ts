import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import {
  createWebhookBody,
  updateWebhookBody,
  webhookDeliveriesQuery,
  webhookDeliveryListSchema,
  webhookDeliveryParams,
  webhookDeliverySchema,
  webhookParams,
  webhookSubscriptionListSchema,
  webhookSubscriptionSchema,
  webhookSubscriptionWithSecretSchema,
} from './webhooks.schemas.js';
import type { WebhooksService } from './webhooks.service.js';

export const webhooksRoutes: FastifyPluginAsyncZod<{ service: WebhooksService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireStaff);

  app.get('/admin/webhooks', {
    schema: {
      operationId: 'listWebhooks',
      tags: ['webhooks'],
      summary: "The municipality's webhook subscriptions, newest first, without their secrets (admins)",
      response: { 200: webhookSubscriptionListSchema, ...problemResponses(401, 403) },
    },
    handler: async (request) => service.list(staffOf(request)),
  });

  app.post('/admin/webhooks', {
    schema: {
      operationId: 'createWebhook',
      tags: ['webhooks'],
      summary: 'Subscribe a URL to case events; the signing secret is in this answer only (admins; audit-logged)',
      description: 'The URL must be https:// in production (422 `https-required`).',
      body: createWebhookBody,
      response: { 201: webhookSubscriptionWithSecretSchema, ...problemResponses(400, 401, 403, 422) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await service.create(staffOf(request), request.body, request.id)),
  });

  app.patch('/admin/webhooks/:subscriptionId', {
    schema: {
      operationId: 'updateWebhook',
      tags: ['webhooks'],
      summary: 'Change the URL or the events, or turn the subscription off and on (admins; audit-logged)',
      params: webhookParams,
      body: updateWebhookBody,
      response: { 200: webhookSubscriptionSchema, ...problemResponses(400, 401, 403, 404, 422) },
    },
    handler: async (request) =>
      service.update(staffOf(request), request.params.subscriptionId, request.body, request.id),
  });

  app.delete('/admin/webhooks/:subscriptionId', {
    schema: {
      operationId: 'deleteWebhook',
      tags: ['webhooks'],
      summary: 'Delete the subscription and its delivery log (admins; audit-logged)',
      params: webhookParams,
      response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      await service.remove(staffOf(request), request.params.subscriptionId, request.id);
      return reply.status(204).send();
    },
  });

  app.post('/admin/webhooks/:subscriptionId/rotate-secret', {
    schema: {
      operationId: 'rotateWebhookSecret',
      tags: ['webhooks'],
      summary: 'Replace the signing secret, at once; the new one is in this answer only (admins; audit-logged)',
      params: webhookParams,
      response: { 200: webhookSubscriptionWithSecretSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => service.rotateSecret(staffOf(request), request.params.subscriptionId, request.id),
  });

  app.get('/admin/webhooks/:subscriptionId/deliveries', {
    schema: {
      operationId: 'listWebhookDeliveries',
      tags: ['webhooks'],
      summary: "The subscription's delivery log, newest first, a page at a time (admins)",
      params: webhookParams,
      querystring: webhookDeliveriesQuery,
      response: { 200: webhookDeliveryListSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => service.deliveries(staffOf(request), request.params.subscriptionId, request.query),
  });

  app.post('/admin/webhooks/deliveries/:deliveryId/redeliver', {
    schema: {
      operationId: 'redeliverWebhook',
      tags: ['webhooks'],
      summary: 'Send a delivery again, with the same webhook-id and retries (admins; audit-logged)',
      params: webhookDeliveryParams,
      response: { 202: webhookDeliverySchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply.status(202).send(await service.redeliver(staffOf(request), request.params.deliveryId, request.id)),
  });
};
