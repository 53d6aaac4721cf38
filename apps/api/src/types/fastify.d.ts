import type { Identity } from '../modules/auth/identity.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth plugin's guards on routes that require a login. */
    identity: Identity | null;
  }

  /** Decorated by plugins/auth.ts. */
  interface FastifyInstance {
    requireAnyone: (request: FastifyRequest) => Promise<void>;
    /** Like requireAnyone, but the request does not count as activity that keeps the session alive. */
    requireAnyoneWithoutActivity: (request: FastifyRequest) => Promise<void>;
    requireApplicant: (request: FastifyRequest) => Promise<void>;
    requireStaff: (request: FastifyRequest) => Promise<void>;
    startSession: (reply: FastifyReply, sessionId: string) => FastifyReply;
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sid: string };
    user: { sid: string };
  }
}
