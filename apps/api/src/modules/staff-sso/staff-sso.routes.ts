import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import type { StaffSsoService } from './staff-sso.service.js';
import { callbackQuery, ssoProvidersSchema, startParams, startQuery, type SsoFailure } from './staff-sso.schemas.js';

/** Binds a login in flight to the browser that started it; only the SSO routes ever see it. */
const SSO_COOKIE = 'ebistans_sso';
const SSO_PATH = '/api/auth/staff/sso';
const CASEWORKER_APP = '/handlaggare';

const redirect = z.undefined().describe('A redirect (302) for the browser to follow');

/** The one callback address every municipality registers at its provider, on the address the user is on. */
const callbackUrlOf = (request: FastifyRequest) => `${request.protocol}://${request.host}${SSO_PATH}/callback`;

/** The caseworker login page explains the failure and still knows which page the user was going to. */
function loginPageWith(failure: SsoFailure, returnTo: string | null) {
  const query = new URLSearchParams({ sso: failure, ...(returnTo ? { till: returnTo } : {}) });
  return `${CASEWORKER_APP}/logga-in?${query.toString()}`;
}

export const staffSsoRoutes: FastifyPluginAsyncZod<{ service: StaffSsoService; secureCookies: boolean }> = async (
  app,
  { service, secureCookies },
) => {
  const clearSsoCookie = (reply: FastifyReply) => reply.clearCookie(SSO_COOKIE, { path: SSO_PATH });

  app.get('/auth/staff/sso/providers', {
    schema: {
      operationId: 'listStaffSsoProviders',
      tags: ['auth'],
      summary: 'Municipalities whose staff log in with their own OpenID Connect provider (for the login page)',
      response: { 200: ssoProvidersSchema, ...problemResponses() },
    },
    handler: async () => ({
      items: (await service.providers()).map((provider) => ({
        ...provider,
        startPath: `${SSO_PATH}/${encodeURIComponent(provider.municipality.slug)}/start`,
      })),
    }),
  });

  app.get('/auth/staff/sso/:municipalitySlug/start', {
    schema: {
      operationId: 'startStaffSso',
      tags: ['auth'],
      summary: "Start a staff single sign-on: redirects to the municipality's provider",
      description:
        'A full-page navigation, not a fetch. Authorization code flow with PKCE (S256), state and nonce. ' +
        'When the provider cannot be reached, redirects to the caseworker login page with `?sso=unavailable`.',
      params: startParams,
      querystring: startQuery,
      response: { 302: redirect, ...problemResponses(400, 404) },
    },
    handler: async (request, reply) => {
      const started = await service.start(
        request.params.municipalitySlug,
        request.query.returnTo,
        callbackUrlOf(request),
      );
      if ('failure' in started)
        return reply.redirect(loginPageWith(started.failure, request.query.returnTo ?? null), 302);
      // Lax, not Strict: the browser comes back from the provider's site, a cross-site navigation.
      reply.setCookie(SSO_COOKIE, started.loginId, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secureCookies,
        path: SSO_PATH,
        maxAge: 10 * 60,
      });
      return reply.redirect(started.authorizationUrl, 302);
    },
  });

  app.get('/auth/staff/sso/callback', {
    schema: {
      operationId: 'finishStaffSso',
      tags: ['auth'],
      summary: 'Where the provider sends the browser back: starts the staff session and opens the app',
      description:
        'On success sets the session cookie and redirects to the caseworker app (to the `returnTo` given at ' +
        'the start). Otherwise redirects to its login page with `?sso=expired|failed|unknown-user`.',
      querystring: callbackQuery,
      response: { 302: redirect, ...problemResponses(400) },
    },
    handler: async (request, reply) => {
      // openid-client checks the whole answer (code, state, iss, error), so it gets the query as sent.
      const callbackUrl = new URL(callbackUrlOf(request));
      callbackUrl.search = new URL(request.url, 'http://callback').search;
      const result = await service.finish(request.query.state, callbackUrl, request.cookies[SSO_COOKIE], request.id);
      clearSsoCookie(reply);
      if ('failure' in result) return reply.redirect(loginPageWith(result.failure, result.returnTo), 302);
      app.startSession(reply, result.sessionId);
      return reply.redirect(`${CASEWORKER_APP}${result.returnTo ?? '/'}`, 302);
    },
  });
};
