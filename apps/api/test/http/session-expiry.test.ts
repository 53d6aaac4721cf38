import { eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../src/db/schema/index.js';
import { createApplicant, createMunicipality, createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { loginApplicant, loginStaff } from '../helpers/login.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let municipality: Awaited<ReturnType<typeof createMunicipality>>;

beforeAll(async () => {
  t = await createTestApp();
  municipality = await createMunicipality(t.database.db);
});
afterAll(() => t.close());

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60 * 1000);

async function idleSession(minutes: number) {
  const applicant = await createApplicant(t.database.db, municipality.id);
  const agent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
  const lastSeenAt = minutesAgo(minutes);
  await t.database.db.update(sessions).set({ lastSeenAt }).where(eq(sessions.applicantId, applicant.id));
  const lastSeen = async () =>
    (await t.database.db.select().from(sessions).where(eq(sessions.applicantId, applicant.id)))[0]!.lastSeenAt;
  return { agent, lastSeenAt, lastSeen };
}

describe('session idle warning', () => {
  it('tells when the session ends if idle, without counting the question as activity', async () => {
    const { agent, lastSeenAt, lastSeen } = await idleSession(10);
    const first = await agent.get('/api/auth/session').expect(200);
    expect(first.body.expiresAt).toBe(new Date(lastSeenAt.getTime() + 15 * 60 * 1000).toISOString());
    expect(first.body.expiresInSeconds).toBeGreaterThan(4 * 60);
    expect(first.body.expiresInSeconds).toBeLessThanOrEqual(5 * 60);
    await agent.get('/api/auth/session').expect(200);
    expect(await lastSeen()).toEqual(lastSeenAt);
  });

  it('extends the session on request', async () => {
    const { agent, lastSeenAt, lastSeen } = await idleSession(14);
    const extended = await agent.post('/api/auth/session/extend').expect(200);
    expect(extended.body.expiresInSeconds).toBeGreaterThan(14 * 60);
    expect((await lastSeen()).getTime()).toBeGreaterThan(lastSeenAt.getTime());
    const now = await agent.get('/api/auth/session').expect(200);
    expect(now.body.expiresAt).toBe(extended.body.expiresAt);
  });

  it('answers session-expired once the idle time has passed, and 401 without a session', async () => {
    const { agent } = await idleSession(16);
    const expired = await agent.get('/api/auth/session').expect(401);
    expect(expired.body.type).toBe('urn:ebistans:problem:session-expired');
    await agent.post('/api/auth/session/extend').expect(401);
    await request(t.app.server).get('/api/auth/session').expect(401);
  });

  it('works the same for staff', async () => {
    const member = await createStaff(t.database.db, municipality.id);
    const agent = await loginStaff(t.app, member, TEST_PASSWORD);
    const response = await agent.get('/api/auth/session').expect(200);
    expect(response.body.expiresInSeconds).toBeGreaterThan(14 * 60);
  });
});
