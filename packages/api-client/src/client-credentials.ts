import type { TokenProvider } from './integration.js';

export interface ClientCredentials {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
}

/** Renew this long before the token's stated end, so a call never leaves with a token about to expire. */
const MARGIN_MS = 30_000;

/**
 * OAuth2 client credentials (RFC 6749 §4.4) against `POST /api/v1/oauth/token`: one token is kept and
 * reused until shortly before it expires (5 minutes), or until the API answers 401 and a new one is asked for.
 */
export function clientCredentials({ baseUrl, clientId, clientSecret }: ClientCredentials): TokenProvider {
  let current: { value: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const response = await fetch(new URL('/api/v1/oauth/token', baseUrl), {
      method: 'POST',
      headers: {
        authorization: `Basic ${btoa(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`)}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    // The token endpoint answers RFC 6749 errors ({ error }), not problem+json.
    const body = (await response.json()) as { access_token?: string; expires_in?: number; error?: string };
    if (!response.ok || !body.access_token) {
      throw new Error(`Token request failed: ${response.status} ${body.error ?? ''}`.trim());
    }
    current = { value: body.access_token, renewAt: Date.now() + (body.expires_in ?? 300) * 1000 - MARGIN_MS };
    return body.access_token;
  }

  return async ({ renew }) => {
    if (!renew && current && Date.now() < current.renewAt) return current.value;
    // Calls made while a token is on its way share it instead of each asking for one.
    pending ??= fetchToken().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}
