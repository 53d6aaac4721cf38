import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import {
  createIntegrationClientBody,
  integrationClientListSchema,
  integrationClientParams,
  integrationClientSchema,
  integrationClientWithSecretSchema,
} from './integration-clients.schemas.js';
import type { IntegrationClientsService } from './integration-clients.service.js';

export const integrationClientsRoutes: FastifyPluginAsyncZod<{ service: IntegrationClientsService }> = async (
  app,
  { service },
) => {
  app.addHook('preHandler', app.requireStaff);

  app.get('/admin/integration-clients', {
    schema: {
      operationId: 'listIntegrationClients',
      tags: ['integration-clients'],
      summary: "The municipality's API clients for case systems, newest first (admins)",
      response: { 200: integrationClientListSchema, ...problemResponses(401, 403) },
    },
    handler: async (request) => service.list(staffOf(request)),
  });

  app.post('/admin/integration-clients', {
    schema: {
      operationId: 'createIntegrationClient',
      tags: ['integration-clients'],
      summary: 'Create an API client; the secret is in this answer only (admins; audit-logged)',
      body: createIntegrationClientBody,
      response: { 201: integrationClientWithSecretSchema, ...problemResponses(400, 401, 403) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await service.create(staffOf(request), request.body, request.id)),
  });

  app.post('/admin/integration-clients/:clientId/rotate', {
    schema: {
      operationId: 'rotateIntegrationClientSecret',
      tags: ['integration-clients'],
      summary: 'Replace the secret; the old one and its tokens stop working at once (admins; audit-logged)',
      params: integrationClientParams,
      response: { 200: integrationClientWithSecretSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: async (request) => service.rotate(staffOf(request), request.params.clientId, request.id),
  });

  app.post('/admin/integration-clients/:clientId/revoke', {
    schema: {
      operationId: 'revokeIntegrationClient',
      tags: ['integration-clients'],
      summary: 'Revoke for good; its tokens stop working at once (admins; audit-logged)',
      params: integrationClientParams,
      response: { 200: integrationClientSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => service.revoke(staffOf(request), request.params.clientId, request.id),
  });
};
