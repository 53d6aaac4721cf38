import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ForbiddenError, UnauthorizedError } from '../lib/errors.js';
import type { AuthService } from '../modules/auth/auth.service.js';
import type { ApplicantIdentity, StaffIdentity } from '../modules/auth/identity.js';

export const SESSION_COOKIE = 'ebistans_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface AuthPluginOptions {
  authService: AuthService;
  secret: string;
  secureCookies: boolean;
}

/** The host of an Origin header; null for "null" (sandboxed frames) and anything unparsable. */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** The authenticated applicant; only call in handlers guarded by requireApplicant. */
export function applicantOf(request: FastifyRequest): ApplicantIdentity {
  if (request.identity?.kind !== 'applicant') throw new UnauthorizedError();
  return request.identity;
}

/** The authenticated staff member; only call in handlers guarded by requireStaff. */
export function staffOf(request: FastifyRequest): StaffIdentity {
  if (request.identity?.kind !== 'staff') throw new UnauthorizedError();
  return request.identity;
}

/**
 * Sessions: a short JWT naming a server-side session row, in an httpOnly SameSite=Strict cookie.
 * Cookie-authenticated writes are also refused when the browser says they come from another site.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, { authService, secret, secureCookies }: AuthPluginOptions) => {
    await app.register(cookie);
    await app.register(jwt, {
      secret,
      cookie: { cookieName: SESSION_COOKIE, signed: false },
      sign: { expiresIn: '12h' },
    });

    app.decorateRequest('identity', null);

    app.addHook('onRequest', async (request) => {
      if (SAFE_METHODS.has(request.method)) return;
      const site = request.headers['sec-fetch-site'];
      const origin = request.headers.origin;
      if (site === 'cross-site' || (origin !== undefined && originHost(origin) !== request.host)) {
        throw new ForbiddenError('Cross-site request refused');
      }
    });

    async function authenticate(request: FastifyRequest, options?: { activity: boolean }) {
      let sessionId: string;
      try {
        sessionId = (await request.jwtVerify<{ sid: string }>({ onlyCookie: true })).sid;
      } catch {
        throw new UnauthorizedError('unauthorized', 'Log in to continue');
      }
      request.identity = await authService.resolveSession(sessionId, options);
    }

    app.decorate('requireAnyone', (request: FastifyRequest) => authenticate(request));

    app.decorate('requireAnyoneWithoutActivity', (request: FastifyRequest) =>
      authenticate(request, { activity: false }),
    );

    app.decorate('requireApplicant', async (request: FastifyRequest) => {
      await authenticate(request);
      if (request.identity?.kind !== 'applicant') throw new ForbiddenError('Only for applicants');
    });

    app.decorate('requireStaff', async (request: FastifyRequest) => {
      await authenticate(request);
      if (request.identity?.kind !== 'staff') throw new ForbiddenError('Only for staff');
    });

    app.decorate('startSession', (reply: FastifyReply, sessionId: string) =>
      reply.setCookie(SESSION_COOKIE, app.jwt.sign({ sid: sessionId }), {
        httpOnly: true,
        sameSite: 'strict',
        secure: secureCookies,
        path: '/',
      }),
    );
  },
  { name: 'auth' },
);
