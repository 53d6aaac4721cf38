import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestOidcProvider } from '@ebistans/testing/oidc-provider';
import { auditLog, municipalities, sessions, ssoLogins, staff } from '../../src/db/schema/index.js';
import { createMunicipality, createStaff } from '../helpers/fixtures.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let base: string;
let provider: TestOidcProvider;
let municipality: Awaited<ReturnType<typeof createMunicipality>>;

const caseLink = `/arenden/${randomUUID()}`;

async function configureSso(municipalityId: string, sso: Record<string, unknown> | undefined) {
  await t.database.db
    .update(municipalities)
    .set({ settings: sso ? { sso } : {} })
    .where(eq(municipalities.id, municipalityId));
}

beforeAll(async () => {
  t = await createTestApp({ SSO_ALLOW_HTTP: 'true' });
  // The redirect URI is registered at the provider, so the app must answer on one fixed address.
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  provider = await startOidcProvider(`${base}/api/auth/staff/sso/callback`);
  municipality = await createMunicipality(t.database.db, 'Inloggningskommun');
  await configureSso(municipality.id, provider.settings({ buttonLabel: 'Kommunens konto' }));
});
afterAll(async () => {
  await provider.close();
  await t.close();
});

const startPath = (slug: string, returnTo?: string) =>
  `/api/auth/staff/sso/${slug}/start${returnTo ? `?${new URLSearchParams({ returnTo }).toString()}` : ''}`;

/** Starts at our app, logs in at the provider, and returns the browser's agent with the callback still to open. */
async function atProvider(sub: string, options: { slug?: string; returnTo?: string } = {}) {
  const browser = request.agent(base);
  const started = await browser.get(startPath(options.slug ?? municipality.slug, options.returnTo)).expect(302);
  const authorizationUrl = new URL(started.headers.location!);
  expect(authorizationUrl.origin).toBe(provider.issuer);
  expect(authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');
  const callback = await provider.logIn(authorizationUrl.href, sub);
  expect(callback.origin).toBe(base);
  return { browser, callback, state: authorizationUrl.searchParams.get('state')! };
}

async function ssoLogin(sub: string, options: { slug?: string; returnTo?: string } = {}) {
  const { browser, callback } = await atProvider(sub, options);
  const finished = await browser.get(callback.pathname + callback.search).expect(302);
  return { browser, location: finished.headers.location! };
}

async function staffWith(values: Partial<typeof staff.$inferInsert>, municipalityId = municipality.id) {
  const member = await createStaff(t.database.db, municipalityId);
  await t.database.db.update(staff).set(values).where(eq(staff.id, member.id));
  return member;
}

const failurePage = (failure: string, returnTo?: string) =>
  `/handlaggare/logga-in?${new URLSearchParams({ sso: failure, ...(returnTo ? { till: returnTo } : {}) }).toString()}`;

describe('the login page learns which municipalities have single sign-on', () => {
  it('lists those with valid settings, with the button label and where to start', async () => {
    const broken = await createMunicipality(t.database.db);
    await configureSso(broken.id, { issuer: 'not a url' });
    const response = await request(base).get('/api/auth/staff/sso/providers').expect(200);
    expect(response.body.items).toEqual([
      {
        municipality: { slug: municipality.slug, name: 'Inloggningskommun' },
        buttonLabel: 'Kommunens konto',
        startPath: `/api/auth/staff/sso/${municipality.slug}/start`,
      },
    ]);
  });
});

describe('single sign-on with the municipality provider', () => {
  it('logs in a staff member known by subject and opens the case link given before login', async () => {
    const member = await staffWith({ ssoSubject: 'subject-known' });
    provider.addUser({ sub: 'subject-known' });
    const { browser, location } = await ssoLogin('subject-known', { returnTo: caseLink });
    expect(location).toBe(`/handlaggare${caseLink}`);

    const me = await browser.get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({ kind: 'staff', id: member.id, role: 'caseworker' });
    // The normal staff session, with the normal idle timeout.
    const expiry = await browser.get('/api/auth/session').expect(200);
    expect(expiry.body.expiresInSeconds).toBeLessThanOrEqual(15 * 60);
    const [session] = await t.database.db.select().from(sessions).where(eq(sessions.staffId, member.id));
    expect(session).toMatchObject({ subjectKind: 'staff', municipalityId: municipality.id, loginMethod: null });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'login'), eq(auditLog.actorId, member.id)));
    expect(audit).toEqual([
      expect.objectContaining({ entityId: session!.id, details: { method: 'sso', linkedBy: 'subject' } }),
    ]);
    // The login in flight is gone: the same answer from the provider cannot be used again.
    expect(await t.database.db.select().from(ssoLogins)).toEqual([]);
  });

  it('opens the inbox without a case link', async () => {
    await staffWith({ ssoSubject: 'subject-inbox' });
    provider.addUser({ sub: 'subject-inbox' });
    expect((await ssoLogin('subject-inbox')).location).toBe('/handlaggare/');
  });

  it('maps a first login by verified e-mail and stores the subject for the next time', async () => {
    const member = await staffWith({ email: 'Anna.Andersson@kommun.example' });
    provider.addUser({ sub: 'subject-by-mail', email: 'anna.andersson@kommun.example', emailVerified: true });
    const first = await ssoLogin('subject-by-mail');
    expect(first.location).toBe('/handlaggare/');
    expect((await first.browser.get('/api/auth/me').expect(200)).body.id).toBe(member.id);
    const [stored] = await t.database.db.select().from(staff).where(eq(staff.id, member.id));
    expect(stored?.ssoSubject).toBe('subject-by-mail');

    // The address changes at the provider; the subject still finds the account.
    provider.addUser({ sub: 'subject-by-mail', email: 'anna.a@kommun.example', emailVerified: true });
    const second = await ssoLogin('subject-by-mail');
    expect((await second.browser.get('/api/auth/me').expect(200)).body.id).toBe(member.id);
  });

  it('refuses an unverified e-mail, an unknown user and a subject of another municipality, creating nothing', async () => {
    await staffWith({ email: 'bertil@kommun.example' });
    provider.addUser({ sub: 'subject-unverified', email: 'bertil@kommun.example', emailVerified: false });
    const unverified = await ssoLogin('subject-unverified', { returnTo: caseLink });
    expect(unverified.location).toBe(failurePage('unknown-user', caseLink));
    await unverified.browser.get('/api/auth/me').expect(401);

    provider.addUser({ sub: 'subject-stranger', email: 'stranger@example.com', emailVerified: true });
    expect((await ssoLogin('subject-stranger')).location).toBe(failurePage('unknown-user'));

    const elsewhere = await createMunicipality(t.database.db);
    await staffWith({ ssoSubject: 'subject-elsewhere' }, elsewhere.id);
    provider.addUser({ sub: 'subject-elsewhere' });
    expect((await ssoLogin('subject-elsewhere')).location).toBe(failurePage('unknown-user'));

    const staffCount = (await t.database.db.select().from(staff).where(eq(staff.ssoSubject, 'subject-stranger')))
      .length;
    expect(staffCount).toBe(0);
    const refused = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'login_refused'), eq(auditLog.municipalityId, municipality.id)));
    expect(refused).toHaveLength(3);
    expect(JSON.stringify(refused)).not.toContain('stranger@example.com');
  });

  it("sets the role from the provider's groups when the municipality maps them", async () => {
    await configureSso(
      municipality.id,
      provider.settings({ groupRoles: { 'ekb-admins': 'admin', 'ekb-assistenter': 'assistant' } }),
    );
    try {
      const member = await staffWith({ ssoSubject: 'subject-grouped' });
      provider.addUser({ sub: 'subject-grouped', groups: ['alla', 'ekb-admins'] });
      const { browser } = await ssoLogin('subject-grouped');
      expect((await browser.get('/api/auth/me').expect(200)).body.role).toBe('admin');

      provider.addUser({ sub: 'subject-grouped', groups: ['ekb-assistenter'] });
      const again = await ssoLogin('subject-grouped');
      expect((await again.browser.get('/api/auth/me').expect(200)).body.role).toBe('assistant');
      const [audit] = await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'login'), eq(auditLog.actorId, member.id)))
        .orderBy(auditLog.createdAt)
        .limit(1);
      expect(audit?.details).toMatchObject({ roleChanged: { from: 'caseworker', to: 'admin' } });
    } finally {
      await configureSso(municipality.id, provider.settings({ buttonLabel: 'Kommunens konto' }));
    }
  });
});

describe('what single sign-on refuses', () => {
  it('refuses a code whose PKCE verifier does not match', async () => {
    await staffWith({ ssoSubject: 'subject-pkce' });
    provider.addUser({ sub: 'subject-pkce' });
    const { browser, callback, state } = await atProvider('subject-pkce', { returnTo: caseLink });
    await t.database.db
      .update(ssoLogins)
      .set({ codeVerifier: 'x'.repeat(43) })
      .where(eq(ssoLogins.state, state));
    const finished = await browser.get(callback.pathname + callback.search).expect(302);
    expect(finished.headers.location).toBe(failurePage('failed', caseLink));
    await browser.get('/api/auth/me').expect(401);
  });

  it('refuses a changed state, a callback opened in another browser, and a callback used twice', async () => {
    await staffWith({ ssoSubject: 'subject-state' });
    provider.addUser({ sub: 'subject-state' });

    const changed = await atProvider('subject-state');
    const forged = new URL(changed.callback);
    forged.searchParams.set('state', 'forged-state');
    const refused = await changed.browser.get(forged.pathname + forged.search).expect(302);
    expect(refused.headers.location).toBe(failurePage('expired'));

    // Someone logs in at the provider and sends the callback link to a colleague: it does not log them in.
    const sent = await atProvider('subject-state');
    const otherBrowser = request.agent(base);
    const elsewhere = await otherBrowser.get(sent.callback.pathname + sent.callback.search).expect(302);
    expect(elsewhere.headers.location).toBe(failurePage('expired'));
    await otherBrowser.get('/api/auth/me').expect(401);

    const once = await atProvider('subject-state');
    const path = once.callback.pathname + once.callback.search;
    expect((await once.browser.get(path).expect(302)).headers.location).toBe('/handlaggare/');
    expect((await request(base).get(path).expect(302)).headers.location).toBe(failurePage('expired'));
  });

  it('refuses a login in flight that has expired', async () => {
    await staffWith({ ssoSubject: 'subject-slow' });
    provider.addUser({ sub: 'subject-slow' });
    const { browser, callback, state } = await atProvider('subject-slow');
    await t.database.db
      .update(ssoLogins)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(ssoLogins.state, state));
    const finished = await browser.get(callback.pathname + callback.search).expect(302);
    expect(finished.headers.location).toBe(failurePage('expired'));
  });

  it('refuses return addresses outside the caseworker app', async () => {
    for (const returnTo of [
      '//evil.example/arenden',
      'https://evil.example/',
      '/\\evil.example',
      'arenden/1',
      '/a b',
    ]) {
      const response = await request(base).get(startPath(municipality.slug, returnTo)).expect(400);
      expect(response.body.type).toBe('urn:ebistans:problem:validation');
    }
  });

  it('answers 404 for a municipality without single sign-on', async () => {
    const plain = await createMunicipality(t.database.db);
    const response = await request(base).get(startPath(plain.slug)).expect(404);
    expect(response.body.type).toBe('urn:ebistans:problem:not-found');
    await request(base).get(startPath('ingen-sadan-kommun')).expect(404);
  });

  it('sends the user back to the login page when the provider cannot be reached', async () => {
    const offline = await createMunicipality(t.database.db);
    await configureSso(offline.id, { issuer: 'http://127.0.0.1:9/', clientId: 'x', clientSecret: 'y' });
    const response = await request(base).get(startPath(offline.slug, caseLink)).expect(302);
    expect(response.headers.location).toBe(failurePage('unavailable', caseLink));
  });
});
