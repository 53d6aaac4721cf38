import { and, eq, ne } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, loginCodes, municipalities, sessions } from '../../src/db/schema/index.js';
import { createApplicant, createMunicipality, createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { loginStaff } from '../helpers/login.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

type CodeList = { listId: string; issuedAt: string; codes: { number: number; code: string }[] };

let t: TestApp;
let municipality: Awaited<ReturnType<typeof createMunicipality>>;
let caseworker: Awaited<ReturnType<typeof loginStaff>>;

beforeAll(async () => {
  t = await createTestApp();
  municipality = await createMunicipality(t.database.db, 'Kodlistekommun');
  await t.database.db
    .update(municipalities)
    .set({ applicantLoginMethods: ['bankid', 'password_sms', 'password_code_list'] })
    .where(eq(municipalities.id, municipality.id));
  caseworker = await loginStaff(t.app, await createStaff(t.database.db, municipality.id), TEST_PASSWORD);
});
afterAll(() => t.close());

async function issueList(applicantId: string): Promise<CodeList> {
  const response = await caseworker.post(`/api/staff/applicants/${applicantId}/code-list`).expect(201);
  return response.body as CodeList;
}

const startLogin = (personnummer: string, slug = municipality.slug) =>
  request(t.app.server)
    .post('/api/auth/applicant/code-list/login')
    .send({ municipality: slug, personnummer, password: TEST_PASSWORD });

const verify = (challengeId: string, code: string) =>
  request(t.app.server).post('/api/auth/applicant/verify').send({ challengeId, code });

const codeOf = (list: CodeList, number: number) => list.codes.find((entry) => entry.number === number)!.code;

describe('issuing a printed code list', () => {
  it('gives 40 numbered six-digit codes once, keeps only hashes, and audit-logs it', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const response = await caseworker.post(`/api/staff/applicants/${applicant.id}/code-list`).expect(201);
    expect(response.headers['cache-control']).toBe('no-store');
    const list = response.body as CodeList;
    expect(list.codes.map((entry) => entry.number)).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    expect(list.codes.every((entry) => /^\d{6}$/.test(entry.code))).toBe(true);

    const stored = await t.database.db.select().from(loginCodes).where(eq(loginCodes.listId, list.listId));
    expect(stored).toHaveLength(40);
    const storedText = JSON.stringify(stored);
    for (const { code } of list.codes) expect(storedText).not.toContain(`"${code}"`);

    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'issue_login_code_list'), eq(auditLog.entityId, applicant.id)));
    expect(audit).toEqual([expect.objectContaining({ actorKind: 'staff', details: { listId: list.listId } })]);
  });

  it("answers 404 to another municipality's caseworker and 403 to an assistant", async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const elsewhere = await createMunicipality(t.database.db);
    const stranger = await loginStaff(t.app, await createStaff(t.database.db, elsewhere.id), TEST_PASSWORD);
    const notFound = await stranger.post(`/api/staff/applicants/${applicant.id}/code-list`).expect(404);
    expect(notFound.body.type).toBe('urn:ebistans:problem:not-found');

    const assistant = await loginStaff(
      t.app,
      await createStaff(t.database.db, municipality.id, { role: 'assistant' }),
      TEST_PASSWORD,
    );
    await assistant.post(`/api/staff/applicants/${applicant.id}/code-list`).expect(403);
    await request(t.app.server).post(`/api/staff/applicants/${applicant.id}/code-list`).expect(401);
  });
});

describe('applicant login with password and the code list', () => {
  it('asks for a numbered code, logs in with it, and records the method on the session', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const list = await issueList(applicant.id);
    const started = await startLogin(applicant.personnummer).expect(200);
    expect(started.body).toEqual({ challengeId: expect.any(String), codeNumber: expect.any(Number) });
    expect(started.body.codeNumber).toBeGreaterThanOrEqual(1);
    expect(started.body.codeNumber).toBeLessThanOrEqual(40);

    const wrongCode = codeOf(list, started.body.codeNumber) === '000000' ? '111111' : '000000';
    expect((await verify(started.body.challengeId, wrongCode).expect(401)).body.type).toBe(
      'urn:ebistans:problem:invalid-code',
    );
    const verified = await verify(started.body.challengeId, codeOf(list, started.body.codeNumber)).expect(200);
    expect(verified.body).toMatchObject({ kind: 'applicant', id: applicant.id });
    const [session] = await t.database.db.select().from(sessions).where(eq(sessions.applicantId, applicant.id));
    expect(session?.loginMethod).toBe('password_code_list');
  });

  it('accepts each code once, and says so clearly when every code is used', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const list = await issueList(applicant.id);
    // Only code 17 is left, so both logins below are asked for it.
    await t.database.db
      .update(loginCodes)
      .set({ usedAt: new Date() })
      .where(and(eq(loginCodes.listId, list.listId), ne(loginCodes.number, 17)));

    const first = await startLogin(applicant.personnummer).expect(200);
    const second = await startLogin(applicant.personnummer).expect(200);
    expect([first.body.codeNumber, second.body.codeNumber]).toEqual([17, 17]);
    await verify(first.body.challengeId, codeOf(list, 17)).expect(200);
    const reused = await verify(second.body.challengeId, codeOf(list, 17)).expect(401);
    expect(reused.body.type).toBe('urn:ebistans:problem:challenge-expired');

    const usedUp = await startLogin(applicant.personnummer).expect(422);
    expect(usedUp.body).toMatchObject({
      type: 'urn:ebistans:problem:code-list-used-up',
      title: 'Every code in the code list has been used',
    });
  });

  it('stops the old list working when a new one is issued', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const oldList = await issueList(applicant.id);
    const pending = await startLogin(applicant.personnummer).expect(200);
    const newList = await issueList(applicant.id);

    await verify(pending.body.challengeId, codeOf(oldList, pending.body.codeNumber)).expect(401);
    const started = await startLogin(applicant.personnummer).expect(200);
    const oldCode = codeOf(oldList, started.body.codeNumber);
    const newCode = codeOf(newList, started.body.codeNumber);
    if (oldCode !== newCode) await verify(started.body.challengeId, oldCode).expect(401);
    await verify(started.body.challengeId, newCode).expect(200);
  });

  it('refuses an applicant without a list, and a municipality that has not switched the method on', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const noList = await startLogin(applicant.personnummer).expect(422);
    expect(noList.body.type).toBe('urn:ebistans:problem:no-code-list');

    const smsOnly = await createMunicipality(t.database.db);
    const elsewhere = await createApplicant(t.database.db, smsOnly.id);
    const disabled = await startLogin(elsewhere.personnummer, smsOnly.slug).expect(422);
    expect(disabled.body.type).toBe('urn:ebistans:problem:login-method-disabled');
  });

  it('answers a wrong password as the SMS login does, before saying anything about the list', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const wrong = await request(t.app.server)
      .post('/api/auth/applicant/code-list/login')
      .send({ municipality: municipality.slug, personnummer: applicant.personnummer, password: 'fel' })
      .expect(401);
    expect(wrong.body.type).toBe('urn:ebistans:problem:invalid-credentials');
  });
});
