import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { runInRequestContext } from '../lib/request-context.js';

/**
 * Makes the client address available to the audit log without every service passing it along. The
 * hook runs after the body is parsed: the rest of the request then runs inside the context, which the
 * stream events of body parsing would otherwise leave.
 */
export const requestContextPlugin = fp(
  (app: FastifyInstance, _options, done) => {
    app.addHook('preValidation', (request, _reply, next) => runInRequestContext({ clientIp: request.ip }, next));
    done();
  },
  { name: 'request-context' },
);
