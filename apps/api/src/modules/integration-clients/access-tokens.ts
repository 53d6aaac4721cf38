import { createHmac } from 'node:crypto';
import { createSigner, createVerifier } from 'fast-jwt';
import { isIntegrationScope, type IntegrationScope } from './scopes.js';

export const ACCESS_TOKEN_SECONDS = 300;
const AUDIENCE = 'urn:ebistans:integration-api';
const ISSUER = 'urn:ebistans';
/** RFC 9068's media type for OAuth access tokens, checked so no other JWT of ours passes as one. */
const TOKEN_TYPE = 'at+jwt';

export interface AccessTokenClaims {
  clientId: string;
  municipalityId: string;
  scopes: IntegrationScope[];
  /** The client's secret generation when the token was issued; rotating the secret ends older tokens. */
  secretVersion: number;
}

/**
 * Short-lived JWTs for integration clients. The key is derived from the session secret, so a session
 * cookie's JWT (signed with the secret itself) never verifies here and an access token never verifies
 * as a session; the audience and `typ` differ as well.
 */
export function createAccessTokens(sessionSecret: string, now: () => number = Date.now) {
  const key = createHmac('sha256', sessionSecret).update('ebistans integration access token').digest();
  const sign = createSigner({
    key,
    algorithm: 'HS256',
    expiresIn: ACCESS_TOKEN_SECONDS * 1000,
    aud: AUDIENCE,
    iss: ISSUER,
    header: { alg: 'HS256', typ: TOKEN_TYPE },
  });
  const verify = createVerifier({
    key,
    algorithms: ['HS256'],
    allowedAud: AUDIENCE,
    allowedIss: ISSUER,
    checkTyp: TOKEN_TYPE,
    requiredClaims: ['sub', 'mun', 'scope', 'ver', 'exp'],
  });

  return {
    issue(claims: AccessTokenClaims): string {
      return sign({
        sub: claims.clientId,
        mun: claims.municipalityId,
        scope: claims.scopes.join(' '),
        ver: claims.secretVersion,
        iat: Math.floor(now() / 1000),
      });
    },

    /** The claims of a valid, unexpired token; null for anything else. */
    verify(token: string): AccessTokenClaims | null {
      try {
        const payload = verify(token) as { sub: string; mun: string; scope: string; ver: number };
        return {
          clientId: payload.sub,
          municipalityId: payload.mun,
          scopes: payload.scope.split(' ').filter(isIntegrationScope),
          secretVersion: payload.ver,
        };
      } catch {
        return null;
      }
    },
  };
}

export type AccessTokens = ReturnType<typeof createAccessTokens>;
