import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { tokenErrorSchema, tokenResponseSchema } from './integration-clients.schemas.js';
import type { IntegrationClientsService } from './integration-clients.service.js';

type OAuthError = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type' | 'invalid_scope';

/**
 * RFC 6749 §5.2 errors. Unlike the rest of the API this is not problem+json: OAuth client libraries, which
 * case systems use to fetch tokens, read `error` from a JSON object, and the RFC requires that shape.
 */
function oauthError(reply: FastifyReply, error: OAuthError, description: string) {
  if (error === 'invalid_client') reply.header('www-authenticate', 'Basic realm="ebistans"');
  return reply
    .status(error === 'invalid_client' ? 401 : 400)
    .header('cache-control', 'no-store')
    .send({ error, error_description: description });
}

/** Basic credentials, each part form-urlencoded as RFC 6749 §2.3.1 says; null when absent or malformed. */
function basicCredentials(header: string | undefined): { id: string; secret: string } | null {
  const match = header ? /^Basic ([A-Za-z0-9+/]+=*)$/i.exec(header) : null;
  if (!match) return null;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  try {
    const decode = (part: string) => decodeURIComponent(part.replaceAll('+', ' '));
    return { id: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
  } catch {
    return null;
  }
}

const field = (body: Record<string, unknown>, name: string) =>
  typeof body[name] === 'string' ? body[name] : undefined;

export const oauthTokenRoutes: FastifyPluginAsyncZod<{
  service: IntegrationClientsService;
  /** Token requests per client address per minute, against guessing secrets. */
  rateLimitPerMinute: number;
}> = async (app, { service, rateLimitPerMinute }) => {
  // RFC 6749 §4.4.2 asks for a form body; JSON is accepted too. Only this route parses forms.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  const limit = app.rateLimit({
    max: rateLimitPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => `token:${request.ip}`,
  });

  app.post('/v1/oauth/token', {
    onRequest: limit,
    schema: {
      operationId: 'issueIntegrationToken',
      tags: ['integration'],
      summary: 'OAuth2 client credentials grant: a 5-minute bearer token for /api/v1 (RFC 6749 §4.4)',
      description:
        'Body as application/x-www-form-urlencoded or JSON: grant_type=client_credentials, optional scope ' +
        "(space-separated subset of the client's scopes), and client_id/client_secret unless sent with HTTP " +
        'Basic. Errors are RFC 6749 §5.2 JSON ({ error }), not problem+json.',
      response: {
        200: tokenResponseSchema,
        400: {
          description: 'invalid_request, unsupported_grant_type or invalid_scope',
          content: { 'application/json': { schema: tokenErrorSchema } },
        },
        401: {
          description: 'invalid_client: unknown, revoked or wrong secret',
          content: { 'application/json': { schema: tokenErrorSchema } },
        },
        ...problemResponses(429),
      },
    },
    handler: async (request, reply) => {
      const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
      const basic = basicCredentials(request.headers.authorization);
      const bodyId = field(body, 'client_id');
      const bodySecret = field(body, 'client_secret');
      if (basic && (bodyId !== undefined || bodySecret !== undefined)) {
        return oauthError(reply, 'invalid_request', 'Send the client credentials one way only');
      }
      const grantType = field(body, 'grant_type');
      if (!grantType) return oauthError(reply, 'invalid_request', 'grant_type is missing');
      if (grantType !== 'client_credentials') {
        return oauthError(reply, 'unsupported_grant_type', 'Only client_credentials is supported');
      }
      const credentials = basic ?? (bodyId && bodySecret ? { id: bodyId, secret: bodySecret } : null);
      if (!credentials) return oauthError(reply, 'invalid_client', 'Client authentication is missing');

      const result = await service.issueToken(credentials.id, credentials.secret, field(body, 'scope'), request.id);
      if ('error' in result) {
        return result.error === 'invalid_client'
          ? oauthError(reply, 'invalid_client', 'Unknown client, wrong secret or revoked client')
          : oauthError(reply, 'invalid_scope', "The scope is not among the client's scopes");
      }
      return reply.header('cache-control', 'no-store').send({
        access_token: result.accessToken,
        token_type: 'Bearer' as const,
        expires_in: result.expiresIn,
        scope: result.scope,
      });
    },
  });
};
