import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { SESSION_COOKIE } from '../../plugins/auth.js';
import type { AuthService } from './auth.service.js';
import {
  applicantLoginBody,
  challengeSchema,
  codeListChallengeSchema,
  meSchema,
  sessionExpirySchema,
  staffChallengeSchema,
  staffLoginBody,
  verifyBody,
} from './auth.schemas.js';

const expiryResponse = (expiry: { expiresAt: Date; expiresInSeconds: number }) => ({
  expiresAt: expiry.expiresAt.toISOString(),
  expiresInSeconds: expiry.expiresInSeconds,
});

export const authRoutes: FastifyPluginAsyncZod<{ authService: AuthService }> = async (app, { authService }) => {
  app.post('/auth/applicant/login', {
    schema: {
      operationId: 'startApplicantLogin',
      tags: ['auth'],
      summary: 'Check personnummer and password; sends a one-time code by SMS',
      body: applicantLoginBody,
      response: { 200: challengeSchema, ...problemResponses(400, 401, 422, 429, 503) },
    },
    handler: (request) => authService.startApplicantLogin(request.body, request.ip),
  });

  app.post('/auth/applicant/code-list/login', {
    schema: {
      operationId: 'startApplicantCodeListLogin',
      tags: ['auth'],
      summary: 'Check personnummer and password; names the code of the printed code list to enter',
      description:
        'For applicants with a code list from their caseworker. Finish with `verifyApplicantLogin`; each code works once.',
      body: applicantLoginBody,
      response: { 200: codeListChallengeSchema, ...problemResponses(400, 401, 422, 429) },
    },
    handler: (request) => authService.startApplicantCodeListLogin(request.body, request.ip),
  });

  app.post('/auth/applicant/verify', {
    schema: {
      operationId: 'verifyApplicantLogin',
      tags: ['auth'],
      summary: 'Check the one-time code (SMS or code list) and start the session (sets the session cookie)',
      body: verifyBody,
      response: { 200: meSchema, ...problemResponses(400, 401, 429) },
    },
    handler: async (request, reply) => {
      const sessionId = await authService.verifyApplicantLogin(request.body, request.ip);
      app.startSession(reply, sessionId);
      return authService.describe(await authService.resolveSession(sessionId));
    },
  });

  app.post('/auth/staff/login', {
    schema: {
      operationId: 'startStaffLogin',
      tags: ['auth'],
      summary: 'Check username and password; sends a one-time code by SMS, or names the code of the printed list',
      description:
        'Staff with an active code list (issued by an admin) are asked for one numbered code of it ' +
        '(`channel: code_list`); the others get a code by SMS. Finish with `verifyStaffLogin`.',
      body: staffLoginBody,
      response: { 200: staffChallengeSchema, ...problemResponses(400, 401, 422, 429, 503) },
    },
    handler: (request) => authService.startStaffLogin(request.body, request.ip),
  });

  app.post('/auth/staff/verify', {
    schema: {
      operationId: 'verifyStaffLogin',
      tags: ['auth'],
      summary: 'Check the one-time code (SMS or code list) and start the session (sets the session cookie)',
      body: verifyBody,
      response: { 200: meSchema, ...problemResponses(400, 401, 429) },
    },
    handler: async (request, reply) => {
      const sessionId = await authService.verifyStaffLogin(request.body, request.ip);
      app.startSession(reply, sessionId);
      return authService.describe(await authService.resolveSession(sessionId));
    },
  });

  app.get('/auth/me', {
    schema: {
      operationId: 'getMe',
      tags: ['auth'],
      summary: 'Who is logged in',
      response: { 200: meSchema, ...problemResponses(401) },
    },
    handler: async (request) => {
      await app.requireAnyone(request);
      return authService.describe(request.identity!);
    },
  });

  app.get('/auth/session', {
    schema: {
      operationId: 'getSessionExpiry',
      tags: ['auth'],
      summary: 'When the session ends if idle; asking does not count as activity',
      response: { 200: sessionExpirySchema, ...problemResponses(401) },
    },
    handler: async (request) => {
      await app.requireAnyoneWithoutActivity(request);
      return expiryResponse(await authService.sessionExpiry(request.identity!.sessionId));
    },
  });

  app.post('/auth/session/extend', {
    schema: {
      operationId: 'extendSession',
      tags: ['auth'],
      summary: 'Keep the session alive: the idle time starts over',
      response: { 200: sessionExpirySchema, ...problemResponses(401, 403) },
    },
    handler: async (request) => {
      await app.requireAnyone(request);
      return expiryResponse(await authService.extendSession(request.identity!.sessionId));
    },
  });

  app.post('/auth/logout', {
    schema: {
      operationId: 'logout',
      tags: ['auth'],
      summary: 'End the session',
      response: { 204: z.undefined(), ...problemResponses(401) },
    },
    handler: async (request, reply) => {
      await app.requireAnyone(request);
      await authService.logout(request.identity!.sessionId);
      return reply.clearCookie(SESSION_COOKIE, { path: '/' }).status(204).send();
    },
  });
};
