import createClient from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths };
export { clientCredentials, type ClientCredentials } from './client-credentials.js';
export { createIntegrationClient, type IntegrationClient, type TokenProvider } from './integration.js';
export type Problem = components['schemas']['Problem'];

/**
 * The only way the SPAs (and TypeScript integrators) talk to the API. Requests carry the session
 * cookie; errors come back as `error`, an RFC 9457 problem.
 */
export function createApiClient(baseUrl = '') {
  return createClient<paths>({ baseUrl, credentials: 'same-origin' });
}

export type ApiClient = ReturnType<typeof createApiClient>;
