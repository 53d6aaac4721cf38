import type { App } from '../../src/app.js';
import type { Database } from '../../src/db/client.js';
import { integrationClients } from '../../src/db/schema/index.js';
import {
  hashClientSecret,
  newClientSecret,
  secretLast4,
} from '../../src/modules/integration-clients/client-credentials.js';
import type { IntegrationScope } from '../../src/modules/integration-clients/scopes.js';

export interface IntegrationCredentials {
  clientId: string;
  clientSecret: string;
}

/** An API client of the municipality, stored as an admin would create it. */
export async function createIntegrationClient(
  db: Database,
  municipalityId: string,
  scopes: IntegrationScope[],
): Promise<IntegrationCredentials> {
  const clientSecret = newClientSecret();
  const [row] = await db
    .insert(integrationClients)
    .values({
      municipalityId,
      name: 'Verksamhetssystem',
      scopes,
      secretHash: hashClientSecret(clientSecret),
      secretLast4: secretLast4(clientSecret),
    })
    .returning();
  return { clientId: row!.id, clientSecret };
}

/** A bearer token for the client, from the token endpoint as a case system gets one. */
export async function integrationToken(app: App, { clientId, clientSecret }: IntegrationCredentials): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/oauth/token',
    payload: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret },
  });
  if (response.statusCode !== 200) throw new Error(`token request failed: ${response.statusCode} ${response.body}`);
  return response.json<{ access_token: string }>().access_token;
}
