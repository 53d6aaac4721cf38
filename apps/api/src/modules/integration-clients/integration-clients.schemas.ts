import { z } from 'zod';
import { integrationScopes } from './scopes.js';

export const integrationScopeSchema = z.enum(integrationScopes).meta({ id: 'IntegrationScope' });

export const integrationClientSchema = z
  .object({
    id: z.uuid().describe('The client id, used as client_id at /api/v1/oauth/token'),
    name: z.string(),
    scopes: z.array(integrationScopeSchema),
    secretLast4: z.string().describe('The last four characters of the current secret'),
    createdAt: z.iso.datetime(),
    rotatedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable().describe('When the client last obtained a token'),
  })
  .meta({ id: 'IntegrationClient' });
export type IntegrationClientView = z.infer<typeof integrationClientSchema>;

export const integrationClientListSchema = z.object({ items: z.array(integrationClientSchema) });

export const createIntegrationClientBody = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(integrationScopeSchema).min(1),
});

export const integrationClientWithSecretSchema = z
  .object({
    client: integrationClientSchema,
    clientSecret: z.string().describe('Shown this once; only its hash is stored'),
  })
  .meta({ id: 'IntegrationClientWithSecret' });

export const integrationClientParams = z.object({ clientId: z.uuid() });

export const tokenResponseSchema = z
  .object({
    access_token: z.string(),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int(),
    scope: z.string().describe('The granted scopes, space-separated'),
  })
  .meta({
    id: 'OAuthTokenResponse',
    examples: [
      {
        access_token: 'eyJhbGciOiJIUzI1NiJ9.…',
        token_type: 'Bearer',
        expires_in: 300,
        scope: 'cases:read cases:write',
      },
    ],
  });

export const tokenErrorSchema = z
  .object({
    error: z.enum(['invalid_request', 'invalid_client', 'unsupported_grant_type', 'invalid_scope']),
    error_description: z.string().optional(),
  })
  .meta({ id: 'OAuthTokenError' });
