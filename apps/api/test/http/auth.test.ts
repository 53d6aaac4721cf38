import { eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../src/db/schema/index.js';
import { createApplicant, createMunicipality, createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { latestCode, loginApplicant, loginStaff } from '../helpers/login.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let municipality: Awaited<ReturnType<typeof createMunicipality>>;

beforeAll(async () => {
  t = await createTestApp();
  municipality = await createMunicipality(t.database.db, 'Testkommun');
});
afterAll(() => t.close());

const startLogin = (personnummer: string, password = TEST_PASSWORD) =>
  request(t.app.server)
    .post('/api/auth/applicant/login')
    .send({ municipality: municipality.slug, personnummer, password });

describe('applicant login with password and SMS one-time code', () => {
  it('logs in, knows who is logged in, and logs out', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const agent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);

    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({
      kind: 'applicant',
      id: applicant.id,
      displayName: `${applicant.givenName} ${applicant.familyName}`,
      municipality: { slug: municipality.slug },
    });

    await agent.post('/api/auth/logout').expect(204);
    await agent.get('/api/auth/me').expect(401);
    // The server-side row is revoked too, so a copied cookie stops working.
    const rows = await t.database.db.select().from(sessions).where(eq(sessions.applicantId, applicant.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.revokedAt).toBeInstanceOf(Date);
  });

  it('accepts the 10-digit personnummer form and sends the code to the masked number', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const tenDigits = `${applicant.personnummer.slice(2, 8)}-${applicant.personnummer.slice(8)}`;
    const response = await startLogin(tenDigits).expect(200);
    expect(response.body.maskedDestination).toBe(
      `${applicant.mobile!.slice(0, 3)}-*** ** ${applicant.mobile!.slice(-2)}`,
    );
  });

  it('answers a wrong password and an unknown person the same way', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const wrong = await startLogin(applicant.personnummer, 'fel').expect(401);
    const unknown = await startLogin('191212121212').expect(401);
    expect(wrong.body.type).toBe('urn:ebistans:problem:invalid-credentials');
    expect(unknown.body.type).toBe(wrong.body.type);
    expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('rejects an invalid personnummer with a field error in Swedish', async () => {
    const response = await startLogin('19121212-1213').expect(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        path: 'personnummer',
        code: 'personnummer_invalid',
        message: expect.stringMatching(/personnummer/),
      }),
    ]);
  });

  it('refuses a wrong code, a reused code, and a challenge after five wrong codes', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const first = await startLogin(applicant.personnummer).expect(200);
    const code = await latestCode(t.app, applicant.mobile!);
    const wrongCode = code === '000000' ? '111111' : '000000';

    const wrong = await request(t.app.server)
      .post('/api/auth/applicant/verify')
      .send({ challengeId: first.body.challengeId, code: wrongCode })
      .expect(401);
    expect(wrong.body.type).toBe('urn:ebistans:problem:invalid-code');

    await request(t.app.server)
      .post('/api/auth/applicant/verify')
      .send({ challengeId: first.body.challengeId, code })
      .expect(200);
    const reused = await request(t.app.server)
      .post('/api/auth/applicant/verify')
      .send({ challengeId: first.body.challengeId, code })
      .expect(401);
    expect(reused.body.type).toBe('urn:ebistans:problem:challenge-expired');

    const second = await startLogin(applicant.personnummer).expect(200);
    const secondCode = await latestCode(t.app, applicant.mobile!);
    for (let attempt = 0; attempt < 5; attempt++) {
      await request(t.app.server)
        .post('/api/auth/applicant/verify')
        .send({ challengeId: second.body.challengeId, code: secondCode === '000000' ? '111111' : '000000' })
        .expect(401);
    }
    const blocked = await request(t.app.server)
      .post('/api/auth/applicant/verify')
      .send({ challengeId: second.body.challengeId, code: secondCode })
      .expect(401);
    expect(blocked.body.type).toBe('urn:ebistans:problem:challenge-expired');
  });

  it('sets the session in an httpOnly, SameSite=Strict cookie', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const started = await startLogin(applicant.personnummer).expect(200);
    const verified = await request(t.app.server)
      .post('/api/auth/applicant/verify')
      .send({ challengeId: started.body.challengeId, code: await latestCode(t.app, applicant.mobile!) })
      .expect(200);
    const cookie = String(verified.headers['set-cookie']);
    expect(cookie).toMatch(/ebistans_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('ends a session that has been idle for more than 15 minutes', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const agent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
    await agent.get('/api/auth/me').expect(200);
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 16 * 60 * 1000) })
      .where(eq(sessions.applicantId, applicant.id));
    const expired = await agent.get('/api/auth/me').expect(401);
    expect(expired.body.type).toBe('urn:ebistans:problem:session-expired');
  });

  it('refuses cookie-authenticated writes from another site', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const agent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
    const response = await agent.post('/api/auth/logout').set('Origin', 'https://evil.example').expect(403);
    expect(response.body.type).toBe('urn:ebistans:problem:forbidden');
    await agent.post('/api/auth/logout').set('Sec-Fetch-Site', 'cross-site').expect(403);
    // Sandboxed frames send the literal "null".
    await agent.post('/api/auth/logout').set('Origin', 'null').expect(403);
    await agent.get('/api/auth/me').expect(200);
  });
});

describe('staff login with username, password and SMS one-time code', () => {
  it('logs in a caseworker', async () => {
    const member = await createStaff(t.database.db, municipality.id);
    const agent = await loginStaff(t.app, member, TEST_PASSWORD);
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({ kind: 'staff', role: 'caseworker', displayName: member.displayName });
  });

  it('does not let an applicant code finish a staff login', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const started = await startLogin(applicant.personnummer).expect(200);
    const response = await request(t.app.server)
      .post('/api/auth/staff/verify')
      .send({ challengeId: started.body.challengeId, code: await latestCode(t.app, applicant.mobile!) })
      .expect(401);
    expect(response.body.type).toBe('urn:ebistans:problem:challenge-expired');
  });
});
