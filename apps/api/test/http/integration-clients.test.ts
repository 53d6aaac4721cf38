import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import Fastify from 'fastify';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.js';
import { createAuditService } from '../../src/modules/audit/audit.service.js';
import { createAccessTokens } from '../../src/modules/integration-clients/access-tokens.js';
import { createIntegrationClientsRepository } from '../../src/modules/integration-clients/integration-clients.repository.js';
import { errorHandlerPlugin } from '../../src/plugins/error-handler.js';
import { clientOf, integrationAuthPlugin, requireClientScope } from '../../src/plugins/integration-auth.js';
import { createMunicipality, createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { createIntegrationClient, integrationToken } from '../helpers/integration-clients.js';
import { loginStaff } from '../helpers/login.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let probe: Awaited<ReturnType<typeof probeApp>>;

/**
 * The /api/v1 routes belong to other modules; these tests guard two routes of their own with the real
 * plugin on the test app's database and secret, so a token from the real token endpoint is checked.
 */
async function probeApp(rateLimitPerMinute: number) {
  const app = Fastify();
  await app.register(errorHandlerPlugin);
  await app.register(integrationAuthPlugin, {
    repository: createIntegrationClientsRepository(t.database.db),
    tokens: createAccessTokens(t.env.SESSION_SECRET!),
    audit: createAuditService(t.database.db),
    rateLimitPerMinute,
  });
  app.get('/api/v1/cases/:caseId', { preHandler: [requireClientScope('cases:read')] }, async (req) => clientOf(req));
  app.post('/api/v1/messages', { preHandler: [requireClientScope('messages:write')] }, async () => ({ ok: true }));
  await app.ready();
  return app;
}

beforeAll(async () => {
  t = await createTestApp();
  probe = await probeApp(1000);
});
afterAll(async () => {
  await probe.close();
  await t.close();
});

const tokenRequest = () => request(t.app.server).post('/api/v1/oauth/token');
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

async function adminOfNewMunicipality() {
  const municipality = await createMunicipality(t.database.db);
  const admin = await loginStaff(
    t.app,
    await createStaff(t.database.db, municipality.id, { role: 'admin' }),
    TEST_PASSWORD,
  );
  return { municipality, admin };
}

describe('API clients administered by the municipality admin', () => {
  it('are created with the secret shown once, listed without it, rotated and revoked', async () => {
    const { municipality, admin } = await adminOfNewMunicipality();
    const created = await admin
      .post('/api/admin/integration-clients')
      .send({ name: 'Procapita', scopes: ['cases:read', 'messages:write'] })
      .expect(201);
    const { client, clientSecret } = created.body as { client: { id: string }; clientSecret: string };
    expect(clientSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(client).toMatchObject({ name: 'Procapita', scopes: ['cases:read', 'messages:write'], revokedAt: null });

    const listed = await admin.get('/api/admin/integration-clients').expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: client.id, secretLast4: clientSecret.slice(-4) }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(clientSecret);

    const oldToken = await integrationToken(t.app, { clientId: client.id, clientSecret });
    await request(probe.server).get(`/api/v1/cases/${randomUUID()}`).auth(oldToken, { type: 'bearer' }).expect(200);

    const rotated = await admin.post(`/api/admin/integration-clients/${client.id}/rotate`).expect(200);
    const newSecret = (rotated.body as { clientSecret: string }).clientSecret;
    expect(newSecret).not.toBe(clientSecret);
    await tokenRequest()
      .set('authorization', basic(client.id, clientSecret))
      .type('form')
      .send({ grant_type: 'client_credentials' })
      .expect(401, { error: 'invalid_client', error_description: 'Unknown client, wrong secret or revoked client' });
    // Tokens issued with the replaced secret end with it.
    await request(probe.server).get(`/api/v1/cases/${randomUUID()}`).auth(oldToken, { type: 'bearer' }).expect(401);
    const newToken = await integrationToken(t.app, { clientId: client.id, clientSecret: newSecret });
    const allowed = await request(probe.server).get(`/api/v1/cases/${randomUUID()}`).auth(newToken, { type: 'bearer' });
    expect(allowed.body).toEqual({
      clientId: client.id,
      municipalityId: municipality.id,
      scopes: ['cases:read', 'messages:write'],
    });

    await admin.post(`/api/admin/integration-clients/${client.id}/revoke`).expect(200);
    // Revocation is immediate: the unexpired token is refused on its next call.
    const refused = await request(probe.server)
      .get(`/api/v1/cases/${randomUUID()}`)
      .auth(newToken, { type: 'bearer' })
      .expect(401);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.type).toBe('urn:ebistans:problem:unauthorized');
    expect(refused.headers['www-authenticate']).toMatch(/^Bearer/);
    await tokenRequest()
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: client.id, client_secret: newSecret })
      .expect(401);
    await admin.post(`/api/admin/integration-clients/${client.id}/rotate`).expect(409);

    const actions = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, client.id), eq(auditLog.actorKind, 'staff')));
    expect(actions.map((row) => row.action).sort()).toEqual([
      'integration-client.create',
      'integration-client.revoke',
      'integration-client.rotate',
    ]);
  });

  it("are out of reach for another municipality's admin and for non-admins", async () => {
    const { municipality } = await adminOfNewMunicipality();
    const { clientId } = await createIntegrationClient(t.database.db, municipality.id, ['cases:read']);
    const { admin: otherAdmin } = await adminOfNewMunicipality();
    expect((await otherAdmin.get('/api/admin/integration-clients').expect(200)).body.items).toEqual([]);
    await otherAdmin.post(`/api/admin/integration-clients/${clientId}/rotate`).expect(404);
    await otherAdmin.post(`/api/admin/integration-clients/${clientId}/revoke`).expect(404);
    const caseworker = await loginStaff(t.app, await createStaff(t.database.db, municipality.id), TEST_PASSWORD);
    await caseworker.get('/api/admin/integration-clients').expect(403);
    await caseworker
      .post('/api/admin/integration-clients')
      .send({ name: 'X', scopes: ['cases:read'] })
      .expect(403);
  });
});

describe('the token endpoint (OAuth2 client credentials)', () => {
  it('accepts the credentials by Basic or in the body, as a form or JSON', async () => {
    const municipality = await createMunicipality(t.database.db);
    const { clientId, clientSecret } = await createIntegrationClient(t.database.db, municipality.id, [
      'cases:read',
      'cases:write',
    ]);

    const byBasicForm = await tokenRequest()
      .set('authorization', basic(clientId, clientSecret))
      .type('form')
      .send('grant_type=client_credentials&scope=cases%3Aread')
      .expect(200);
    expect(byBasicForm.body).toEqual({
      access_token: expect.any(String),
      token_type: 'Bearer',
      expires_in: 300,
      scope: 'cases:read',
    });
    expect(byBasicForm.headers['cache-control']).toBe('no-store');

    const byBodyForm = await tokenRequest()
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret })
      .expect(200);
    expect(byBodyForm.body.scope).toBe('cases:read cases:write');
    const byBasicJson = await tokenRequest()
      .set('authorization', basic(clientId, clientSecret))
      .send({ grant_type: 'client_credentials' })
      .expect(200);
    expect(byBasicJson.body.token_type).toBe('Bearer');
    await tokenRequest()
      .send({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret })
      .expect(200);
  });

  it('answers RFC 6749 errors', async () => {
    const municipality = await createMunicipality(t.database.db);
    const { clientId, clientSecret } = await createIntegrationClient(t.database.db, municipality.id, ['cases:read']);
    const wrong = await tokenRequest()
      .set('authorization', basic(clientId, `${clientSecret}x`))
      .type('form')
      .send({ grant_type: 'client_credentials' })
      .expect(401);
    expect(wrong.body.error).toBe('invalid_client');
    expect(wrong.headers['www-authenticate']).toMatch(/^Basic/);
    await tokenRequest()
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: randomUUID(), client_secret: clientSecret })
      .expect(401);
    expect(
      (
        await tokenRequest()
          .set('authorization', basic(clientId, clientSecret))
          .type('form')
          .send({ grant_type: 'password' })
          .expect(400)
      ).body.error,
    ).toBe('unsupported_grant_type');
    expect(
      (
        await tokenRequest()
          .set('authorization', basic(clientId, clientSecret))
          .type('form')
          .send({ grant_type: 'client_credentials', scope: 'cases:write' })
          .expect(400)
      ).body.error,
    ).toBe('invalid_scope');
    expect(
      (await tokenRequest().set('authorization', basic(clientId, clientSecret)).type('form').send({}).expect(400)).body
        .error,
    ).toBe('invalid_request');
  });
});

describe('the token endpoint of an app with a tiny limit', () => {
  it('refuses more requests from one address than INTEGRATION_RATE_LIMIT_PER_MINUTE', async () => {
    const small = await createTestApp({ INTEGRATION_RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const attempt = () =>
        request(small.app.server)
          .post('/api/v1/oauth/token')
          .type('form')
          .send({ grant_type: 'client_credentials', client_id: randomUUID(), client_secret: 'gissning' });
      await attempt().expect(401);
      await attempt().expect(401);
      const refused = await attempt().expect(429);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      expect(refused.body.type).toBe('urn:ebistans:problem:rate-limited');
    } finally {
      await small.close();
    }
  });
});

describe('calls with a bearer token', () => {
  it('are refused without a valid, unexpired token or without the scope, and audit-logged', async () => {
    const municipality = await createMunicipality(t.database.db);
    const credentials = await createIntegrationClient(t.database.db, municipality.id, ['cases:read']);
    const caseId = randomUUID();

    const missing = await request(probe.server).get(`/api/v1/cases/${caseId}`).expect(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    await request(probe.server).get(`/api/v1/cases/${caseId}`).auth('not-a-jwt', { type: 'bearer' }).expect(401);
    const expired = createAccessTokens(t.env.SESSION_SECRET!, () => Date.now() - 10 * 60_000).issue({
      clientId: credentials.clientId,
      municipalityId: municipality.id,
      scopes: ['cases:read'],
      secretVersion: 0,
    });
    await request(probe.server).get(`/api/v1/cases/${caseId}`).auth(expired, { type: 'bearer' }).expect(401);

    const token = await integrationToken(t.app, credentials);
    await request(probe.server).get(`/api/v1/cases/${caseId}`).auth(token, { type: 'bearer' }).expect(200);
    const forbidden = await request(probe.server).post('/api/v1/messages').auth(token, { type: 'bearer' }).expect(403);
    expect(forbidden.body.type).toBe('urn:ebistans:problem:forbidden');

    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, credentials.clientId), eq(auditLog.action, 'integration.call')));
    expect(
      entries.map((e) => ({
        kind: e.actorKind,
        mun: e.municipalityId,
        type: e.entityType,
        id: e.entityId,
        details: e.details,
      })),
    ).toEqual([
      {
        kind: 'integration',
        mun: municipality.id,
        type: 'case',
        id: caseId,
        details: { method: 'GET', route: '/api/v1/cases/:caseId', status: 200 },
      },
      {
        kind: 'integration',
        mun: municipality.id,
        type: 'integration-client',
        id: credentials.clientId,
        details: { method: 'POST', route: '/api/v1/messages', status: 403 },
      },
    ]);
  });

  it('is not a session, and a session is not a token', async () => {
    const municipality = await createMunicipality(t.database.db);
    const token = await integrationToken(
      t.app,
      await createIntegrationClient(t.database.db, municipality.id, ['cases:read']),
    );
    await request(t.app.server)
      .get('/api/admin/integration-clients')
      .set('cookie', `ebistans_session=${token}`)
      .expect(401);
    const staffMember = await createStaff(t.database.db, municipality.id, { role: 'admin' });
    const agent = await loginStaff(t.app, staffMember, TEST_PASSWORD);
    const cookie = (
      agent as unknown as { jar: { getCookie(name: string, opts: object): { value: string } } }
    ).jar.getCookie('ebistans_session', { domain: '127.0.0.1', path: '/', secure: false, script: false });
    expect(cookie?.value).toBeTruthy();
    await request(probe.server).get(`/api/v1/cases/${randomUUID()}`).auth(cookie.value, { type: 'bearer' }).expect(401);
  });

  it('are limited per client, with 429 and Retry-After', async () => {
    const limited = await probeApp(2);
    try {
      const municipality = await createMunicipality(t.database.db);
      const first = await integrationToken(
        t.app,
        await createIntegrationClient(t.database.db, municipality.id, ['cases:read']),
      );
      const second = await integrationToken(
        t.app,
        await createIntegrationClient(t.database.db, municipality.id, ['cases:read']),
      );
      const call = (token: string) =>
        request(limited.server).get(`/api/v1/cases/${randomUUID()}`).auth(token, { type: 'bearer' });
      await call(first).expect(200);
      await call(first).expect(200);
      const refused = await call(first).expect(429);
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      expect(refused.body.type).toBe('urn:ebistans:problem:rate-limited');
      await call(second).expect(200);
    } finally {
      await limited.close();
    }
  });
});
