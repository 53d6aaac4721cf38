import { adminMunicipalityOf } from '../../lib/admin-access.js';
import { ConflictError, NotFoundError } from '../../lib/errors.js';
import type { Database } from '../../db/client.js';
import type { IntegrationClientRow } from '../../db/schema/index.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import { ACCESS_TOKEN_SECONDS, type AccessTokens } from './access-tokens.js';
import { clientSecretMatches, hashClientSecret, newClientSecret, secretLast4 } from './client-credentials.js';
import { secretVersionOf, type IntegrationClientsRepository } from './integration-clients.repository.js';
import type { IntegrationClientView } from './integration-clients.schemas.js';
import { isIntegrationScope, type IntegrationScope } from './scopes.js';

interface IntegrationClientsServiceDeps {
  db: Database;
  repository: IntegrationClientsRepository;
  tokens: AccessTokens;
  audit: Pick<AuditService, 'record'>;
}

/** Why a token request was refused, as RFC 6749 §5.2 names it. */
export type TokenError = 'invalid_client' | 'invalid_scope';

const toView = (row: IntegrationClientRow): IntegrationClientView => ({
  id: row.id,
  name: row.name,
  scopes: row.scopes,
  secretLast4: row.secretLast4,
  createdAt: row.createdAt.toISOString(),
  rotatedAt: row.rotatedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

/** Integration clients: administered by a municipality's admins, and exchanging their secret for tokens. */
export function createIntegrationClientsService({ db, repository, tokens, audit }: IntegrationClientsServiceDeps) {
  const newSecret = () => {
    const secret = newClientSecret();
    return { secret, secretHash: hashClientSecret(secret), secretLast4: secretLast4(secret) };
  };

  async function adminsClient(identity: StaffIdentity, clientId: string) {
    const municipalityId = adminMunicipalityOf(identity);
    const row = await repository.findInMunicipality(municipalityId, clientId);
    if (!row) throw new NotFoundError('No API client with that id');
    return row;
  }

  function recordAdmin(
    identity: StaffIdentity,
    row: IntegrationClientRow,
    action: string,
    requestId: string,
    transaction: Database,
  ) {
    return audit.record(
      {
        municipalityId: row.municipalityId,
        actorKind: 'staff',
        actorId: identity.staffId,
        action,
        entityType: 'integration-client',
        entityId: row.id,
        requestId,
        details: { name: row.name, scopes: row.scopes },
      },
      transaction,
    );
  }

  return {
    async list(identity: StaffIdentity) {
      const rows = await repository.list(adminMunicipalityOf(identity));
      return { items: rows.map(toView) };
    },

    /** The secret is in the answer and nowhere else: only its hash is kept. */
    async create(identity: StaffIdentity, input: { name: string; scopes: IntegrationScope[] }, requestId: string) {
      const municipalityId = adminMunicipalityOf(identity);
      const { secret, ...stored } = newSecret();
      return db.transaction(async (tx) => {
        const row = await repository.create(
          {
            municipalityId,
            name: input.name,
            scopes: [...new Set(input.scopes)],
            createdByStaffId: identity.staffId,
            ...stored,
          },
          tx,
        );
        await recordAdmin(identity, row, 'integration-client.create', requestId, tx);
        return { client: toView(row), clientSecret: secret };
      });
    },

    /** A new secret; the old one, and every token issued with it, stops working at once. */
    async rotate(identity: StaffIdentity, clientId: string, requestId: string) {
      await adminsClient(identity, clientId);
      const { secret, ...stored } = newSecret();
      return db.transaction(async (tx) => {
        const row = await repository.rotate(clientId, stored.secretHash, stored.secretLast4, tx);
        if (!row) throw new ConflictError('The API client is revoked');
        await recordAdmin(identity, row, 'integration-client.rotate', requestId, tx);
        return { client: toView(row), clientSecret: secret };
      });
    },

    /** For good: a revoked client cannot be rotated back into use. Revoking twice changes nothing. */
    async revoke(identity: StaffIdentity, clientId: string, requestId: string) {
      const existing = await adminsClient(identity, clientId);
      if (existing.revokedAt) return toView(existing);
      return db.transaction(async (tx) => {
        const row = (await repository.revoke(clientId, tx)) ?? existing;
        await recordAdmin(identity, row, 'integration-client.revoke', requestId, tx);
        return toView(row);
      });
    },

    /**
     * OAuth2 client credentials (RFC 6749 §4.4). `requestedScope`, space-separated, narrows the client's
     * scopes; without it the token carries them all.
     */
    async issueToken(
      clientId: string,
      clientSecret: string,
      requestedScope: string | undefined,
      requestId: string,
    ): Promise<{ error: TokenError } | { accessToken: string; expiresIn: number; scope: string }> {
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
      const row = uuid.test(clientId) ? await repository.find(clientId) : undefined;
      // The hash is compared even for an unknown client, so timing does not tell which client ids exist.
      const matches = clientSecretMatches(clientSecret, row?.secretHash ?? hashClientSecret(''));
      if (!row || !matches || row.revokedAt) return { error: 'invalid_client' };

      let scopes = row.scopes;
      if (requestedScope !== undefined && requestedScope.trim() !== '') {
        const requested = requestedScope.trim().split(/\s+/);
        if (!requested.every((scope) => isIntegrationScope(scope) && row.scopes.includes(scope))) {
          return { error: 'invalid_scope' };
        }
        scopes = [...new Set(requested as IntegrationScope[])];
      }
      const accessToken = tokens.issue({
        clientId: row.id,
        municipalityId: row.municipalityId,
        scopes,
        secretVersion: secretVersionOf(row),
      });
      await repository.touch(row.id);
      await audit.record({
        municipalityId: row.municipalityId,
        actorKind: 'integration',
        actorId: row.id,
        action: 'integration.token',
        entityType: 'integration-client',
        entityId: row.id,
        requestId,
        details: { scopes },
      });
      return { accessToken, expiresIn: ACCESS_TOKEN_SECONDS, scope: scopes.join(' ') };
    },
  };
}

export type IntegrationClientsService = ReturnType<typeof createIntegrationClientsService>;
