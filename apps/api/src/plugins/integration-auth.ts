import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, ForbiddenError, UnauthorizedError } from '../lib/errors.js';
import type { AuditService } from '../modules/audit/audit.service.js';
import type { AccessTokens } from '../modules/integration-clients/access-tokens.js';
import {
  secretVersionOf,
  type IntegrationClientsRepository,
} from '../modules/integration-clients/integration-clients.repository.js';
import type { IntegrationScope } from '../modules/integration-clients/scopes.js';

export interface IntegrationClient {
  clientId: string;
  municipalityId: string;
  scopes: IntegrationScope[];
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by requireClientScope on /api/v1 routes once the bearer token is accepted. */
    integrationClient: IntegrationClient | null;
  }
  interface FastifyInstance {
    /** Decorated by integrationAuthPlugin; use requireClientScope. */
    authenticateIntegrationClient: (
      request: FastifyRequest,
      reply: FastifyReply,
      scope: IntegrationScope,
    ) => Promise<void>;
  }
}

interface IntegrationAuthOptions {
  repository: Pick<IntegrationClientsRepository, 'find'>;
  tokens: AccessTokens;
  audit: Pick<AuditService, 'record'>;
  /** Calls per client per minute; counted in this process's memory, so each API process counts apart. */
  rateLimitPerMinute: number;
}

class RateLimitedError extends AppError {
  readonly status = 429;
  readonly slug = 'rate-limited';
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The authenticated integration client; only call in handlers guarded by requireClientScope. */
export function clientOf(request: FastifyRequest): IntegrationClient {
  if (!request.integrationClient) throw new UnauthorizedError();
  return request.integrationClient;
}

/**
 * A hook for /api/v1 routes: a valid bearer token of a client that is not revoked (checked on every call,
 * so revoking is immediate), within the client's rate limit, holding `scope`. The call is audit-logged.
 */
export function requireClientScope(scope: IntegrationScope) {
  return (request: FastifyRequest, reply: FastifyReply) =>
    request.server.authenticateIntegrationClient(request, reply, scope);
}

function unauthorized(reply: FastifyReply, detail: string): never {
  // RFC 6750 §3: a bearer-protected resource names its scheme; error="invalid_token" when one was given.
  reply.header('www-authenticate', detail === 'No bearer token' ? 'Bearer' : 'Bearer error="invalid_token"');
  throw new UnauthorizedError('unauthorized', detail);
}

/** The case a route is about, for the audit log: `:caseId`, or `:id` under /cases. */
function caseIdOf(request: FastifyRequest): string | null {
  const params = (request.params ?? {}) as Record<string, unknown>;
  const route = request.routeOptions.url ?? '';
  const candidate = params.caseId ?? (/\/cases\/:id(\/|$)/.test(route) ? params.id : undefined);
  return typeof candidate === 'string' && uuidPattern.test(candidate) ? candidate : null;
}

/**
 * Bearer-token authentication of municipal case systems on /api/v1, separate from the session cookies of
 * people: different key, audience and token type (see access-tokens.ts).
 */
export const integrationAuthPlugin = fp(
  async (app: FastifyInstance, { repository, tokens, audit, rateLimitPerMinute }: IntegrationAuthOptions) => {
    await app.register(rateLimit, { global: false });
    const limit = app.rateLimit({
      max: rateLimitPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request) => `client:${clientOf(request).clientId}`,
      errorResponseBuilder: (_request, context) =>
        new RateLimitedError(`At most ${context.max} calls a minute; try again in ${context.after}`),
    });

    app.decorateRequest('integrationClient', null);
    const auditedRequests = new WeakSet<FastifyRequest>();

    app.decorate(
      'authenticateIntegrationClient',
      async (request: FastifyRequest, reply: FastifyReply, scope: IntegrationScope) => {
        const header = request.headers.authorization;
        const match = header ? /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i.exec(header) : null;
        if (!match) unauthorized(reply, 'No bearer token');
        const claims = tokens.verify(match[1]!);
        if (!claims) unauthorized(reply, 'The access token is invalid or has expired');
        const row = await repository.find(claims.clientId);
        if (!row || row.revokedAt || secretVersionOf(row) !== claims.secretVersion) {
          unauthorized(reply, 'The client is revoked or its secret was replaced');
        }
        // The row, not the token, says which municipality the client belongs to and what it may still do.
        request.integrationClient = {
          clientId: row.id,
          municipalityId: row.municipalityId,
          scopes: claims.scopes.filter((granted) => row.scopes.includes(granted)),
        };
        await limit.call(app, request, reply);
        auditedRequests.add(request);
        if (!request.integrationClient.scopes.includes(scope)) {
          reply.header('www-authenticate', `Bearer error="insufficient_scope", scope="${scope}"`);
          throw new ForbiddenError(`The client lacks the scope ${scope}`);
        }
      },
    );

    // Before the response leaves (not onResponse), so a call whose audit row cannot be written fails
    // instead of going unrecorded, as for staff reads. Refused calls (403, 404) are recorded too.
    app.addHook('onSend', async (request, reply) => {
      if (!auditedRequests.has(request)) return;
      auditedRequests.delete(request);
      const client = clientOf(request);
      const caseId = caseIdOf(request);
      await audit.record({
        municipalityId: client.municipalityId,
        actorKind: 'integration',
        actorId: client.clientId,
        action: 'integration.call',
        entityType: caseId ? 'case' : 'integration-client',
        entityId: caseId ?? client.clientId,
        requestId: request.id,
        details: {
          method: request.method,
          route: request.routeOptions.url ?? request.url,
          status: reply.statusCode,
        },
      });
    });
  },
  { name: 'integration-auth', dependencies: ['error-handler'] },
);
