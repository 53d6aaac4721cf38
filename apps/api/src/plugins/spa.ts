import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './error-handler.js';

interface SpaOptions {
  applicantDist: string;
  caseworkerDist: string;
}

export const CASEWORKER_BASE = '/handlaggare/';

/**
 * Serves the built SPAs from the API process: the caseworker app under /handlaggare/, the applicant
 * app at /. Unknown paths get the app's index.html (client-side routes); unknown /api paths a 404 problem.
 */
export const spaPlugin = fp(
  async (app: FastifyInstance, { applicantDist, caseworkerDist }: SpaOptions) => {
    await app.register(fastifyStatic, { root: path.resolve(applicantDist), prefix: '/', wildcard: false });
    await app.register(fastifyStatic, {
      root: path.resolve(caseworkerDist),
      prefix: CASEWORKER_BASE,
      decorateReply: false,
      wildcard: false,
    });
    app.get('/handlaggare', (_request, reply) => reply.redirect(CASEWORKER_BASE));

    app.setNotFoundHandler((request, reply) => {
      if (request.method !== 'GET' || request.url.startsWith('/api/') || path.extname(request.url.split('?')[0]!)) {
        return sendProblem(request, reply, 404, 'not-found');
      }
      return request.url.startsWith(CASEWORKER_BASE)
        ? reply.sendFile('index.html', path.resolve(caseworkerDist))
        : reply.sendFile('index.html', path.resolve(applicantDist));
    });
  },
  { name: 'spa', dependencies: ['error-handler'] },
);
