import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { SESSION_COOKIE } from '../../plugins/auth.js';
import type { AuthService } from './auth.service.js';
import { applicantLoginBody, challengeSchema, meSchema, staffLoginBody, verifyBody } from './auth.schemas.js';

export const authRoutes: FastifyPluginAsyncZod<{ authService: AuthService }> = async (app, { authService }) => {
  app.post('/auth/applicant/login', {
    schema: {
      operationId: 'startApplicantLogin',
      tags: ['auth'],
      summary: 'Check personnummer and password; sends a one-time code by SMS',
      body: applicantLoginBody,
      response: { 200: challengeSchema, ...problemResponses(400, 401, 422) },
    },
    handler: (request) => authService.startApplicantLogin(request.body),
  });

  app.post('/auth/applicant/verify', {
    schema: {
      operationId: 'verifyApplicantLogin',
      tags: ['auth'],
      summary: 'Check the one-time code and start the session (sets the session cookie)',
      body: verifyBody,
      response: { 200: meSchema, ...problemResponses(400, 401) },
    },
    handler: async (request, reply) => {
      const sessionId = await authService.verifyApplicantLogin(request.body);
      app.startSession(reply, sessionId);
      return authService.describe(await authService.resolveSession(sessionId));
    },
  });

  app.post('/auth/staff/login', {
    schema: {
      operationId: 'startStaffLogin',
      tags: ['auth'],
      summary: 'Check username and password; sends a one-time code by SMS',
      body: staffLoginBody,
      response: { 200: challengeSchema, ...problemResponses(400, 401, 422) },
    },
    handler: (request) => authService.startStaffLogin(request.body),
  });

  app.post('/auth/staff/verify', {
    schema: {
      operationId: 'verifyStaffLogin',
      tags: ['auth'],
      summary: 'Check the one-time code and start the session (sets the session cookie)',
      body: verifyBody,
      response: { 200: meSchema, ...problemResponses(400, 401) },
    },
    handler: async (request, reply) => {
      const sessionId = await authService.verifyStaffLogin(request.body);
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
