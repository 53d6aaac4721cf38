import type { Identity } from '../modules/auth/identity.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth plugin's guards on routes that require a login. */
    identity: Identity | null;
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sid: string };
    user: { sid: string };
  }
}
