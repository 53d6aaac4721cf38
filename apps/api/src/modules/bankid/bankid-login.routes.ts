import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import type { AuthService } from '../auth/auth.service.js';
import {
  bankIdLoginParams,
  bankIdLoginStartedSchema,
  bankIdLoginStatusSchema,
  bankIdQrCodeSchema,
  startBankIdLoginBody,
} from './bankid-login.schemas.js';
import { newBrowserKey, type BankIdLoginService } from './bankid-login.service.js';

const BROWSER_COOKIE = 'ebistans_bankid';
const BASE = '/auth/applicant/bankid';

interface BankIdLoginRoutesOptions {
  service: BankIdLoginService;
  authService: Pick<AuthService, 'describe' | 'resolveSession'>;
  secureCookies: boolean;
}

const browserKeyOf = (request: FastifyRequest) => {
  const value = request.cookies[BROWSER_COOKIE];
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
};

export const bankIdLoginRoutes: FastifyPluginAsyncZod<BankIdLoginRoutesOptions> = async (
  app,
  { service, authService, secureCookies },
) => {
  const keepBrowserKey = (reply: FastifyReply, key: string) =>
    reply.setCookie(BROWSER_COOKIE, key, {
      httpOnly: true,
      sameSite: 'strict',
      secure: secureCookies,
      path: `/api${BASE}`,
    });

  app.post(`${BASE}/start`, {
    schema: {
      operationId: 'startBankIdLogin',
      tags: ['auth'],
      summary: 'Start a BankID login; binds it to this browser with a cookie',
      body: startBankIdLoginBody,
      response: { 200: bankIdLoginStartedSchema, ...problemResponses(400, 404, 409, 422, 503) },
    },
    handler: async (request, reply) => {
      const browserKey = browserKeyOf(request) ?? newBrowserKey();
      const started = await service.start({ ...request.body, endUserIp: request.ip, browserKey });
      keepBrowserKey(reply, browserKey);
      return started;
    },
  });

  app.get(`${BASE}/:id/qr`, {
    schema: {
      operationId: 'getBankIdQrCode',
      tags: ['auth'],
      summary: 'The animated QR code for this second (other-device flow)',
      params: bankIdLoginParams,
      response: { 200: bankIdQrCodeSchema, ...problemResponses(400, 404, 409) },
    },
    handler: (request) => service.qrCode(request.params.id, browserKeyOf(request)),
  });

  app.post(`${BASE}/:id/collect`, {
    schema: {
      operationId: 'collectBankIdLogin',
      tags: ['auth'],
      summary: 'Poll the login every two seconds; when complete the session cookie is set',
      params: bankIdLoginParams,
      response: { 200: bankIdLoginStatusSchema, ...problemResponses(400, 401, 404, 422, 503) },
    },
    handler: async (request, reply) => {
      const result = await service.collect(request.params.id, browserKeyOf(request), request.id);
      if (result.status !== 'complete') return result;
      const { sessionId, ...status } = result;
      app.startSession(reply, sessionId);
      return { ...status, me: await authService.describe(await authService.resolveSession(sessionId)) };
    },
  });

  app.post(`${BASE}/:id/cancel`, {
    schema: {
      operationId: 'cancelBankIdLogin',
      tags: ['auth'],
      summary: 'Cancel the login, e.g. when the user leaves the page',
      params: bankIdLoginParams,
      response: { 204: z.undefined(), ...problemResponses(400, 404, 503) },
    },
    handler: async (request, reply) => {
      await service.cancel(request.params.id, browserKeyOf(request));
      return reply.status(204).send();
    },
  });
};
