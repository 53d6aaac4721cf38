import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.js';
import {
  createApplicant,
  createMunicipality,
  createStaff,
  TEST_PASSWORD,
  testPersonnummer,
} from '../helpers/fixtures.js';
import { latestCode, loginApplicant, loginStaff } from '../helpers/login.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let municipality: Awaited<ReturnType<typeof createMunicipality>>;

// The address limit is high here: every request comes from 127.0.0.1. It has its own test below.
beforeAll(async () => {
  t = await createTestApp({ LOGIN_IP_MAX_FAILURES: '1000' });
  municipality = await createMunicipality(t.database.db, 'Låskommun');
});
afterAll(() => t.close());

const applicantLogin = (personnummer: string, password: string, app = t.app, slug = municipality.slug) =>
  request(app.server).post('/api/auth/applicant/login').send({ municipality: slug, personnummer, password });

const staffLogin = (username: string, password: string) =>
  request(t.app.server).post('/api/auth/staff/login').send({ username, password });

const problemTypes = (responses: request.Response[]) =>
  responses.map((response) => String(response.body.type).replace('urn:ebistans:problem:', ''));

async function inSequence(count: number, attempt: () => Promise<request.Response>) {
  const responses: request.Response[] = [];
  for (let index = 0; index < count; index++) responses.push(await attempt());
  return responses;
}

describe('applicant lockout', () => {
  it('locks after five failures and says so, also for the right password, and a caseworker unlocks it', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const failures = await inSequence(5, () => applicantLogin(applicant.personnummer, 'fel'));
    expect(failures.map((response) => response.status)).toEqual([401, 401, 401, 401, 401]);
    expect(problemTypes(failures)).toEqual([
      'invalid-credentials',
      'invalid-credentials',
      'invalid-credentials',
      'invalid-credentials',
      'account-locked',
    ]);
    const locked = await applicantLogin(applicant.personnummer, TEST_PASSWORD).expect(401);
    expect(locked.body).toMatchObject({ type: 'urn:ebistans:problem:account-locked', title: 'The account is locked' });

    const member = await createStaff(t.database.db, municipality.id);
    const caseworker = await loginStaff(t.app, member, TEST_PASSWORD);
    await caseworker.post(`/api/staff/applicants/${applicant.id}/unlock`).expect(204);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'unlock_login'), eq(auditLog.entityId, applicant.id)));
    expect(audit).toEqual([
      expect.objectContaining({ actorKind: 'staff', actorId: member.id, entityType: 'applicant' }),
    ]);
    await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
  });

  it('answers an unknown personnummer exactly like an existing one, lock included', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const stranger = testPersonnummer();
    const existing = await inSequence(6, () => applicantLogin(applicant.personnummer, 'fel'));
    const unknown = await inSequence(6, () => applicantLogin(stranger, 'fel'));
    expect(problemTypes(unknown)).toEqual(problemTypes(existing));
    expect(unknown.map((response) => response.status)).toEqual(existing.map((response) => response.status));
    expect(problemTypes(existing).at(-1)).toBe('account-locked');
  });

  it('forgives the failures after a complete login', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    await inSequence(4, () => applicantLogin(applicant.personnummer, 'fel'));
    await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
    const again = await inSequence(4, () => applicantLogin(applicant.personnummer, 'fel'));
    expect(new Set(problemTypes(again))).toEqual(new Set(['invalid-credentials']));
  });

  it('counts wrong one-time codes as failures too', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    await inSequence(3, () => applicantLogin(applicant.personnummer, 'fel'));
    const started = await applicantLogin(applicant.personnummer, TEST_PASSWORD).expect(200);
    const code = await latestCode(t.app, applicant.mobile!);
    const wrong = code === '000000' ? '111111' : '000000';
    const verify = (value: string) =>
      request(t.app.server)
        .post('/api/auth/applicant/verify')
        .send({ challengeId: started.body.challengeId, code: value });
    expect((await verify(wrong).expect(401)).body.type).toBe('urn:ebistans:problem:invalid-code');
    expect((await verify(wrong).expect(401)).body.type).toBe('urn:ebistans:problem:account-locked');
    expect((await verify(code).expect(401)).body.type).toBe('urn:ebistans:problem:account-locked');
  });

  it('lets no more than five guesses through when they arrive at the same moment', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const burst = await Promise.all(Array.from({ length: 12 }, () => applicantLogin(applicant.personnummer, 'fel')));
    const types = problemTypes(burst);
    expect(types.filter((type) => type === 'invalid-credentials').length).toBeLessThanOrEqual(4);
    expect(types.filter((type) => type === 'account-locked').length).toBeGreaterThanOrEqual(8);
  });

  it("refuses an unlock by another municipality's caseworker (404) and by an assistant (403)", async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const elsewhere = await createMunicipality(t.database.db);
    const stranger = await loginStaff(t.app, await createStaff(t.database.db, elsewhere.id), TEST_PASSWORD);
    await stranger.post(`/api/staff/applicants/${applicant.id}/unlock`).expect(404);
    const assistant = await loginStaff(
      t.app,
      await createStaff(t.database.db, municipality.id, { role: 'assistant' }),
      TEST_PASSWORD,
    );
    await assistant.post(`/api/staff/applicants/${applicant.id}/unlock`).expect(403);
  });
});

describe('staff lockout', () => {
  it('locks a staff account after five failures; an admin of the municipality unlocks it', async () => {
    const member = await createStaff(t.database.db, municipality.id);
    const failures = await inSequence(5, () => staffLogin(member.username, 'fel'));
    expect(problemTypes(failures).at(-1)).toBe('account-locked');
    expect((await staffLogin(member.username, TEST_PASSWORD).expect(401)).body.type).toBe(
      'urn:ebistans:problem:account-locked',
    );
    // An unknown username locks the same way.
    expect(problemTypes(await inSequence(5, () => staffLogin('ingen-sadan', 'fel'))).at(-1)).toBe('account-locked');

    const caseworker = await loginStaff(t.app, await createStaff(t.database.db, municipality.id), TEST_PASSWORD);
    await caseworker.post(`/api/admin/staff/${member.id}/unlock`).expect(403);
    const admin = await createStaff(t.database.db, municipality.id, { role: 'admin' });
    const adminAgent = await loginStaff(t.app, admin, TEST_PASSWORD);
    await adminAgent.post(`/api/admin/staff/${member.id}/unlock`).expect(204);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'unlock_login'), eq(auditLog.entityId, member.id)));
    expect(audit).toEqual([expect.objectContaining({ actorId: admin.id, entityType: 'staff' })]);
    await loginStaff(t.app, member, TEST_PASSWORD);
  });
});

describe('rate limit per client address', () => {
  it('refuses every login from an address after too many failures across accounts', async () => {
    const limited = await createTestApp({ LOGIN_IP_MAX_FAILURES: '3' });
    try {
      const place = await createMunicipality(limited.database.db);
      for (let index = 0; index < 3; index++) {
        await applicantLogin(testPersonnummer(), 'fel', limited.app, place.slug).expect(401);
      }
      const applicant = await createApplicant(limited.database.db, place.id);
      const refused = await applicantLogin(applicant.personnummer, TEST_PASSWORD, limited.app, place.slug).expect(429);
      expect(refused.body).toMatchObject({ type: 'urn:ebistans:problem:rate-limited', status: 429 });
      const member = await createStaff(limited.database.db, place.id);
      await request(limited.app.server)
        .post('/api/auth/staff/login')
        .send({ username: member.username, password: TEST_PASSWORD })
        .expect(429);
    } finally {
      await limited.close();
    }
  });

  it('does not count successful logins against the address', async () => {
    const limited = await createTestApp({ LOGIN_IP_MAX_FAILURES: '2' });
    try {
      const place = await createMunicipality(limited.database.db);
      const applicant = await createApplicant(limited.database.db, place.id);
      for (let index = 0; index < 3; index++) await loginApplicant(limited.app, applicant, place.slug, TEST_PASSWORD);
    } finally {
      await limited.close();
    }
  });
});
