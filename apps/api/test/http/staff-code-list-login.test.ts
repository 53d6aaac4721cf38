import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, loginCodeLists, loginCodes, sessions } from '../../src/db/schema/index.js';
import { createApplicant, createMunicipality, createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { latestCode, loginApplicant, loginStaff } from '../helpers/login.js';
import { binary, pdfText } from '../helpers/pdf.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let municipality: Awaited<ReturnType<typeof createMunicipality>>;
let admin: Awaited<ReturnType<typeof loginStaff>>;

beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '3' });
  municipality = await createMunicipality(t.database.db, 'Kodlistekommun');
  admin = await loginStaff(t.app, await createStaff(t.database.db, municipality.id, { role: 'admin' }), TEST_PASSWORD);
});
afterAll(() => t.close());

/** Issues a list and reads its codes back from the printed PDF, as the staff member would. */
async function issueList(staffId: string) {
  const response = await admin.post(`/api/admin/staff/${staffId}/code-list`).buffer(true).parse(binary).expect(201);
  expect(response.headers['content-type']).toBe('application/pdf');
  expect(response.headers['cache-control']).toContain('no-store');
  const { text } = await pdfText(response.body as Buffer);
  const codes = new Map(
    [...text.matchAll(/Kod nummer (\d+) (\d{3}) (\d{3})/g)].map((m) => [Number(m[1]), `${m[2]}${m[3]}`]),
  );
  return { text, codes };
}

const startLogin = (username: string, password = TEST_PASSWORD) =>
  request(t.app.server).post('/api/auth/staff/login').send({ username, password });

describe('an admin issues a printed code list to a staff member', () => {
  it('gives a PDF with 40 numbered codes, keeps only hashes, voids the previous list and audit-logs it', async () => {
    const member = await createStaff(t.database.db, municipality.id);
    const first = await issueList(member.id);
    expect(first.text).toContain('Kodlista för inloggning');
    expect(first.text).toContain(member.username);
    expect([...first.codes.keys()]).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));

    const [list] = await t.database.db.select().from(loginCodeLists).where(eq(loginCodeLists.staffId, member.id));
    const stored = JSON.stringify(await t.database.db.select().from(loginCodes).where(eq(loginCodes.listId, list!.id)));
    for (const code of first.codes.values()) expect(stored).not.toContain(`"${code}"`);

    await issueList(member.id);
    const lists = await t.database.db.select().from(loginCodeLists).where(eq(loginCodeLists.staffId, member.id));
    expect(lists.filter((row) => row.voidedAt === null)).toHaveLength(1);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'issue_login_code_list'), eq(auditLog.entityId, member.id)));
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ entityType: 'staff', actorKind: 'staff' });
  });

  it('is for admins of the same municipality only', async () => {
    const member = await createStaff(t.database.db, municipality.id);
    const elsewhere = await createMunicipality(t.database.db);
    const otherAdmin = await loginStaff(
      t.app,
      await createStaff(t.database.db, elsewhere.id, { role: 'admin' }),
      TEST_PASSWORD,
    );
    const notFound = await otherAdmin.post(`/api/admin/staff/${member.id}/code-list`).expect(404);
    expect(notFound.body.type).toBe('urn:ebistans:problem:not-found');

    const caseworker = await loginStaff(t.app, await createStaff(t.database.db, municipality.id), TEST_PASSWORD);
    await caseworker.post(`/api/admin/staff/${member.id}/code-list`).expect(403);
    const applicant = await createApplicant(t.database.db, municipality.id);
    const applicantAgent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
    await applicantAgent.post(`/api/admin/staff/${member.id}/code-list`).expect(403);
    await request(t.app.server).post(`/api/admin/staff/${member.id}/code-list`).expect(401);
  });
});

describe('staff login with password and the code list', () => {
  it('asks for a numbered code instead of an SMS, logs in with it, and uses the code up', async () => {
    const member = await createStaff(t.database.db, municipality.id);
    const { codes } = await issueList(member.id);
    const started = await startLogin(member.username).expect(200);
    expect(started.body).toEqual({
      challengeId: expect.any(String),
      channel: 'code_list',
      codeNumber: expect.any(Number),
    });
    await expect(latestCode(t.app, member.mobile!)).rejects.toThrow();

    const code = codes.get(started.body.codeNumber)!;
    const agent = request.agent(t.app.server);
    const verified = await agent
      .post('/api/auth/staff/verify')
      .send({ challengeId: started.body.challengeId, code })
      .expect(200);
    expect(verified.body).toMatchObject({ kind: 'staff', id: member.id });
    await agent.get('/api/auth/me').expect(200);
    const [session] = await t.database.db.select().from(sessions).where(eq(sessions.staffId, member.id));
    expect(session?.loginMethod).toBe('password_code_list');

    const [list] = await t.database.db.select().from(loginCodeLists).where(eq(loginCodeLists.staffId, member.id));
    const [used] = await t.database.db
      .select()
      .from(loginCodes)
      .where(and(eq(loginCodes.listId, list!.id), eq(loginCodes.number, started.body.codeNumber)));
    expect(used?.usedAt).toBeInstanceOf(Date);
  });

  it('still sends an SMS to staff without a list', async () => {
    const member = await createStaff(t.database.db, municipality.id);
    const started = await startLogin(member.username).expect(200);
    expect(started.body).toMatchObject({ channel: 'sms', maskedDestination: expect.any(String) });
  });

  it('locks the account after too many wrong codes, as with SMS codes', async () => {
    const member = await createStaff(t.database.db, municipality.id);
    const { codes } = await issueList(member.id);
    const started = await startLogin(member.username).expect(200);
    const right = codes.get(started.body.codeNumber)!;
    const wrong = right === '000000' ? '111111' : '000000';
    const verify = (code: string) =>
      request(t.app.server).post('/api/auth/staff/verify').send({ challengeId: started.body.challengeId, code });
    expect((await verify(wrong).expect(401)).body.type).toBe('urn:ebistans:problem:invalid-code');
    expect((await verify(wrong).expect(401)).body.type).toBe('urn:ebistans:problem:invalid-code');
    expect((await verify(wrong).expect(401)).body.type).toBe('urn:ebistans:problem:account-locked');
    expect((await verify(right).expect(401)).body.type).toBe('urn:ebistans:problem:account-locked');
    expect((await startLogin(member.username).expect(401)).body.type).toBe('urn:ebistans:problem:account-locked');
  });

  it('stops the old list working when a new one is issued', async () => {
    const member = await createStaff(t.database.db, municipality.id);
    const old = await issueList(member.id);
    const pending = await startLogin(member.username).expect(200);
    await issueList(member.id);
    await request(t.app.server)
      .post('/api/auth/staff/verify')
      .send({ challengeId: pending.body.challengeId, code: old.codes.get(pending.body.codeNumber) })
      .expect(401);
  });
});
