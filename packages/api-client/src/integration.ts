import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

/**
 * Gives the bearer token for /api/v1 calls. `renew` is true after a 401 (the token expired or the secret
 * was rotated): then it must fetch a new one rather than answer from a cache.
 */
export type TokenProvider = (options: { renew: boolean }) => Promise<string>;

/**
 * A typed client for the integration API (`/api/v1`), as a case system uses it: every call carries the
 * provider's token, and a call answered 401 is sent once more with a renewed token, so callers never
 * track the token's five minutes themselves.
 */
export function createIntegrationClient(
  baseUrl: string,
  token: TokenProvider,
  options: { fetch?: (request: Request) => Promise<Response> } = {},
) {
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const withToken = (request: Request, value: string) => {
    request.headers.set('authorization', `Bearer ${value}`);
    return send(request);
  };
  return createClient<paths>({
    baseUrl,
    fetch: async (request) => {
      // A body can be read only once: keep a copy for the retry.
      const retry = request.clone();
      const response = await withToken(request, await token({ renew: false }));
      if (response.status !== 401) return response;
      await response.body?.cancel();
      return withToken(retry, await token({ renew: true }));
    },
  });
}

export type IntegrationClient = ReturnType<typeof createIntegrationClient>;
