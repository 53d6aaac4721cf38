import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** The OpenAPI 3.1 document is built from the routes' zod schemas; the api-client is generated from it. */
export const swaggerPlugin = fp(
  /** `webhooks`: the OpenAPI 3.1 webhooks section, what the API POSTs to subscribed URLs. */
  async (app: FastifyInstance, options: { webhooks?: Record<string, unknown> }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'ebistans API',
          version: '0.1.0',
          description:
            'Monthly applications for ekonomiskt bistånd. Errors are RFC 9457 problem+json with a stable `type`.',
        },
        tags: [
          { name: 'health', description: 'Liveness and readiness' },
          { name: 'municipalities', description: 'Tenants' },
          { name: 'auth', description: 'Login and sessions' },
          { name: 'applications', description: "The applicant's own cases" },
          { name: 'inbox', description: "The caseworkers' inbox and case view" },
          { name: 'assignments', description: 'Who handles a case: take, assign, leave; colleagues to assign' },
          { name: 'case-handling', description: 'Status, colour label, external case number and personal flags' },
          { name: 'case-history', description: 'Every event on a case, for staff' },
          { name: 'internal-notes', description: 'Notes between staff on a case; never shown to the applicant' },
          { name: 'audit', description: "The municipality's audit log" },
          { name: 'accounts', description: "Staff actions on people's logins: code lists, unlocking" },
          { name: 'dev', description: 'Embedded mode only' },
          { name: 'integration', description: 'For municipal case systems: OAuth2 client credentials, bearer tokens' },
          { name: 'integration-clients', description: "Admins' API clients for case systems" },
          { name: 'webhooks', description: "Admins' webhook subscriptions for case systems, and their delivery log" },
          {
            name: 'integration-v1',
            description: 'For municipal case systems: the case change feed, cases, their files, taking a case over',
          },
        ],
        ...(options.webhooks ? { webhooks: options.webhooks } : {}),
        components: {
          securitySchemes: {
            // Routes under /api/v1 name it with `security: [{ bearerAuth: [] }]`.
            bearerAuth: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'JWT',
              description: 'An access token from POST /api/v1/oauth/token (client credentials), valid 5 minutes',
            },
          },
        },
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(swaggerUi, { routePrefix: '/api/docs' });
    app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  },
  { name: 'swagger' },
);
