import { Writable } from 'node:stream';
import { and, eq, isNull } from 'drizzle-orm';
import request from 'supertest';
import { luhnCheckDigit } from '@ebistans/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicants, auditLog, caseAssignees, messages, municipalities, sessions } from '../../src/db/schema/index.js';
import { verifyPassword } from '../../src/lib/passwords.js';
import { loginWithBankId } from '../helpers/bankid-login.js';
import { startBankIdSimulator, type RunningSimulator } from '../helpers/bankid-simulator.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import {
  createApplicant,
  createMunicipality,
  createStaff,
  TEST_PASSWORD,
  testPersonnummer,
} from '../helpers/fixtures.js';
import { latestCode, loginApplicant, loginStaff } from '../helpers/login.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

type Agent = ReturnType<typeof request.agent>;

const logLines: string[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(chunk.toString());
    done();
  },
});

let simulator: RunningSimulator;
let t: TestApp;
let municipality: Awaited<ReturnType<typeof createMunicipality>>;
let caseworker: Agent;
let caseworkerId: string;

beforeAll(async () => {
  simulator = await startBankIdSimulator();
  t = await createTestApp(
    { BANKID_URL: simulator.rpUrl, LOG_LEVEL: 'info', LOGIN_IP_MAX_FAILURES: '1000' },
    { logStream },
  );
  municipality = await createMunicipality(t.database.db, 'Sökandekommun');
  await t.database.db
    .update(municipalities)
    .set({ applicantLoginMethods: ['bankid', 'password_sms', 'password_code_list'] })
    .where(eq(municipalities.id, municipality.id));
  const member = await createStaff(t.database.db, municipality.id);
  caseworkerId = member.id;
  caseworker = await loginStaff(t.app, member, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
  await simulator.close();
});

const newApplicant = (overrides: Record<string, unknown> = {}) => ({
  personnummer: testPersonnummer(),
  givenName: 'Åsa',
  familyName: 'Östlund',
  mobile: '070-555 12 34',
  email: 'asa@example.se',
  ...overrides,
});

function create(body: Record<string, unknown>, agent = caseworker) {
  return agent.post('/api/staff/applicants').send(body);
}

const auditOf = (action: string, entityId: string) =>
  t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));

const passwordLogin = (personnummer: string, password: string) =>
  request(t.app.server)
    .post('/api/auth/applicant/login')
    .send({ municipality: municipality.slug, personnummer, password });

describe('creating an applicant account', () => {
  it('answers field errors in Swedish as problem+json', async () => {
    const response = await create({
      personnummer: '19900101-1235',
      givenName: ' ',
      familyName: 'Berg',
      mobile: 'ring mig',
      email: 'inte en adress',
    }).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toBe('urn:ebistans:problem:validation');
    const byPath = Object.fromEntries(
      (response.body.errors as { path: string; code: string; message: string }[]).map((error) => [error.path, error]),
    );
    expect(byPath.personnummer).toEqual({
      path: 'personnummer',
      code: 'personnummer_invalid',
      message: 'Ange ett giltigt personnummer med 12 siffror, till exempel 19900101-1234.',
    });
    expect(byPath.givenName).toMatchObject({ code: 'required', message: 'Fyll i det här fältet.' });
    expect(byPath.mobile).toMatchObject({ code: 'phone_invalid' });
    expect(byPath.email).toMatchObject({ code: 'email_invalid', message: 'Ange en e-postadress som namn@exempel.se.' });
    expect(byPath.familyName).toBeUndefined();
  });

  it('refuses an interim number with its own text', async () => {
    const response = await create(newApplicant({ personnummer: '880209-T050' })).expect(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ path: 'personnummer', code: 'personnummer_interim' }),
    ]);
  });

  it('shows a generated initial password once, stores only its hash, and the applicant logs in with it', async () => {
    const body = newApplicant();
    const response = await create(body).expect(201);
    expect(response.headers['cache-control']).toBe('no-store');
    const { id, initialPassword } = response.body as { id: string; initialPassword: string };
    expect(initialPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

    const [stored] = await t.database.db.select().from(applicants).where(eq(applicants.id, id));
    expect(stored).toMatchObject({ personnummer: body.personnummer, mobile: '0705551234', email: 'asa@example.se' });
    expect(stored!.passwordHash).not.toContain(initialPassword);
    expect(await verifyPassword(initialPassword, stored!.passwordHash)).toBe(true);

    const detail = await caseworker.get(`/api/staff/applicants/${id}`).expect(200);
    expect(JSON.stringify(detail.body)).not.toContain(initialPassword);
    expect(detail.body).toMatchObject({ hasPassword: true, deactivatedAt: null, cases: [] });

    const agent = await loginApplicant(t.app, stored!, municipality.slug, initialPassword);
    await agent.get('/api/auth/me').expect(200);
    expect(await auditOf('applicant.create', id)).toEqual([expect.objectContaining({ actorId: caseworkerId })]);

    const logged = logLines.join('\n');
    for (const secret of [initialPassword, body.personnummer, 'Östlund', 'asa@example.se', '0705551234']) {
      expect(logged).not.toContain(secret);
    }
  });

  it('accepts a samordningsnummer and a ten-digit form, stored with 12 digits', async () => {
    // Day 61 = the 1st: a samordningsnummer.
    const nine = '800161123';
    const check = luhnCheckDigit(nine);
    const response = await create(
      newApplicant({ personnummer: `${nine.slice(0, 6)}-${nine.slice(6)}${check}`, mobile: '' }),
    );
    expect(response.status).toBe(201);
    const [stored] = await t.database.db.select().from(applicants).where(eq(applicants.id, response.body.id));
    expect(stored).toMatchObject({ personnummer: `19${nine}${check}`, mobile: null });
  });

  it('answers 409 with a Swedish field error when the municipality already has the person', async () => {
    const existing = await createApplicant(t.database.db, municipality.id);
    const tenDigits = `${existing.personnummer.slice(2, 8)}-${existing.personnummer.slice(8)}`;
    const response = await create(newApplicant({ personnummer: tenDigits })).expect(409);
    expect(response.body).toMatchObject({
      type: 'urn:ebistans:problem:conflict',
      errors: [
        {
          path: 'personnummer',
          code: 'applicant_exists',
          message: 'Det finns redan en sökande med det här personnumret i kommunen.',
        },
      ],
    });
    // Another municipality is another register.
    const elsewhere = await createMunicipality(t.database.db);
    const colleague = await loginStaff(t.app, await createStaff(t.database.db, elsewhere.id), TEST_PASSWORD);
    await create(newApplicant({ personnummer: existing.personnummer }), colleague).expect(201);
  });
});

describe('finding applicants', () => {
  it('searches by personnummer in any form or by the start of names, a page at a time, audit-logged', async () => {
    const mine = await createApplicant(t.database.db, municipality.id);
    const other = await createApplicant(t.database.db, (await createMunicipality(t.database.db)).id);
    await t.database.db
      .update(applicants)
      .set({ givenName: 'Örjan', familyName: 'Ärlig' })
      .where(eq(applicants.id, mine.id));

    const byNumber = await caseworker
      .get('/api/staff/applicants')
      .query({ q: `${mine.personnummer.slice(2, 8)}-${mine.personnummer.slice(8)}` })
      .expect(200);
    expect(byNumber.body).toMatchObject({ total: 1, page: 1, items: [{ id: mine.id, deactivated: false }] });

    const byName = await caseworker.get('/api/staff/applicants').query({ q: 'örj ärl' }).expect(200);
    expect(byName.body.items.map((item: { id: string }) => item.id)).toEqual([mine.id]);

    const strangers = await caseworker.get('/api/staff/applicants').query({ q: other.personnummer }).expect(200);
    expect(strangers.body).toMatchObject({ total: 0, items: [] });

    const firstPage = await caseworker.get('/api/staff/applicants').query({ pageSize: 2 }).expect(200);
    expect(firstPage.body.items).toHaveLength(2);
    expect(firstPage.body.total).toBeGreaterThan(2);

    const searches = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'applicant.search'), eq(auditLog.actorId, caseworkerId)));
    expect(searches.map((entry) => entry.details)).toEqual(
      expect.arrayContaining([{ by: 'personnummer' }, { by: 'name' }, { by: 'all' }]),
    );
    expect(JSON.stringify(searches)).not.toContain(mine.personnummer);
  });

  it("shows the applicant's cases and login state, audit-logged", async () => {
    const arranged = await submittedCaseWithCaseworker(t);
    const detail = await arranged.caseworker.get(`/api/staff/applicants/${arranged.applicant.id}`).expect(200);
    expect(detail.body).toMatchObject({
      id: arranged.applicant.id,
      personnummer: arranged.applicant.personnummer,
      mobile: arranged.applicant.mobile,
      lockedUntil: null,
      hasActiveCodeList: false,
      cases: [{ id: arranged.caseId, status: 'submitted' }],
    });
    expect(await auditOf('applicant.read', arranged.applicant.id)).toHaveLength(1);
  });
});

describe('changing the login', () => {
  it('resets the password: the new one is shown once, the old one stops working, sessions end', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const agent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
    const response = await caseworker.post(`/api/staff/applicants/${applicant.id}/password`).expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { password } = response.body as { password: string };
    await agent.get('/api/auth/me').expect(401);
    expect((await passwordLogin(applicant.personnummer, TEST_PASSWORD).expect(401)).body.type).toBe(
      'urn:ebistans:problem:invalid-credentials',
    );
    await loginApplicant(t.app, applicant, municipality.slug, password);
    expect(await auditOf('applicant.password.reset', applicant.id)).toHaveLength(1);
  });

  it('shows a lockout and lifts it', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    for (let attempt = 0; attempt < 5; attempt++) await passwordLogin(applicant.personnummer, 'fel');
    const locked = await caseworker.get(`/api/staff/applicants/${applicant.id}`).expect(200);
    expect(Date.parse(locked.body.lockedUntil as string)).toBeGreaterThan(Date.now());
    await caseworker.post(`/api/staff/applicants/${applicant.id}/unlock`).expect(204);
    expect((await caseworker.get(`/api/staff/applicants/${applicant.id}`).expect(200)).body.lockedUntil).toBeNull();
  });

  it('prints a code list as a PDF that replaces the previous list', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const first = await caseworker.post(`/api/staff/applicants/${applicant.id}/code-list`).expect(201);
    const pdf = await caseworker
      .post(`/api/staff/applicants/${applicant.id}/code-list/pdf`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['cache-control']).toContain('no-store');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await auditOf('issue_login_code_list', applicant.id)).toHaveLength(2);

    // The list printed before no longer works.
    const started = await request(t.app.server)
      .post('/api/auth/applicant/code-list/login')
      .send({ municipality: municipality.slug, personnummer: applicant.personnummer, password: TEST_PASSWORD })
      .expect(200);
    const oldCode = (first.body.codes as { number: number; code: string }[]).find(
      (entry) => entry.number === started.body.codeNumber,
    )!.code;
    await request(t.app.server)
      .post('/api/auth/applicant/verify')
      .send({ challengeId: started.body.challengeId, code: oldCode })
      .expect(401);
    expect((await caseworker.get(`/api/staff/applicants/${applicant.id}`)).body.hasActiveCodeList).toBe(true);
  });
});

describe('deactivating an account', () => {
  it('refuses every login method with a plain problem, ends sessions, and reactivates', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const agent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
    const list = await caseworker.post(`/api/staff/applicants/${applicant.id}/code-list`).expect(201);
    // A login half-way (password checked, SMS code not yet typed) when the account is deactivated.
    const halfWay = await passwordLogin(applicant.personnummer, TEST_PASSWORD).expect(200);

    await caseworker.post(`/api/staff/applicants/${applicant.id}/deactivate`).expect(204);
    await agent.get('/api/auth/me').expect(401);
    const open = await t.database.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.applicantId, applicant.id), isNull(sessions.revokedAt)));
    expect(open).toEqual([]);

    const bySms = await passwordLogin(applicant.personnummer, TEST_PASSWORD).expect(422);
    expect(bySms.body.type).toBe('urn:ebistans:problem:account-deactivated');
    const byCodeList = await request(t.app.server)
      .post('/api/auth/applicant/code-list/login')
      .send({ municipality: municipality.slug, personnummer: applicant.personnummer, password: TEST_PASSWORD })
      .expect(422);
    expect(byCodeList.body.type).toBe('urn:ebistans:problem:account-deactivated');
    const finishing = await request(t.app.server)
      .post('/api/auth/applicant/verify')
      .send({ challengeId: halfWay.body.challengeId, code: await latestCode(t.app, applicant.mobile!) })
      .expect(422);
    expect(finishing.body.type).toBe('urn:ebistans:problem:account-deactivated');
    await expect(loginWithBankId(t.app, simulator, applicant, municipality.slug)).rejects.toThrow(/422/);
    expect(list.body.codes).toHaveLength(40);

    const search = await caseworker.get('/api/staff/applicants').query({ q: applicant.personnummer }).expect(200);
    expect(search.body.items).toEqual([expect.objectContaining({ id: applicant.id, deactivated: true })]);

    await caseworker.post(`/api/staff/applicants/${applicant.id}/reactivate`).expect(204);
    await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
    await loginWithBankId(t.app, simulator, applicant, municipality.slug);
    expect((await auditOf('applicant.deactivate', applicant.id)).length).toBe(1);
    expect((await auditOf('applicant.reactivate', applicant.id)).length).toBe(1);
  });
});

describe('messages outside any case', () => {
  it('goes from the caseworker to the applicant and back, with read receipts, apart from case threads', async () => {
    const arranged = await submittedCaseWithCaseworker(t);
    const { applicant, agent } = arranged;
    await arranged.caseworker
      .post(`/api/staff/applicants/${applicant.id}/messages`)
      .send({ body: 'Välkommen på möte tisdag kl. 10.' })
      .expect(201);
    await arranged.caseworker.post(`/api/staff/applicants/${applicant.id}/messages`).send({ body: ' ' }).expect(400);

    const first = await agent.get('/api/applicant/messages').expect(200);
    expect(first.body.items).toEqual([
      expect.objectContaining({ direction: 'to_applicant', body: 'Välkommen på möte tisdag kl. 10.', readAt: null }),
    ]);
    expect((await agent.get('/api/applicant/messages').expect(200)).body.items[0].readAt).not.toBeNull();
    await agent.post('/api/applicant/messages').send({ body: 'Jag kommer.' }).expect(201);

    const staffView = await arranged.caseworker.get(`/api/staff/applicants/${applicant.id}/messages`).expect(200);
    expect(staffView.body.items.map((item: { body: string }) => item.body)).toEqual([
      'Välkommen på möte tisdag kl. 10.',
      'Jag kommer.',
    ]);
    const caseThread = await agent.get(`/api/applicant/cases/${arranged.caseId}/messages`).expect(200);
    expect(caseThread.body.items).toEqual([]);

    const stored = await t.database.db.select().from(messages).where(eq(messages.applicantId, applicant.id));
    expect(stored.every((message) => message.caseId === null)).toBe(true);
    expect(stored.find((message) => message.direction === 'from_applicant')?.readAt).not.toBeNull();
    expect(await auditOf('applicant.message.send', applicant.id)).toHaveLength(1);
    expect(await auditOf('applicant.messages.read', applicant.id)).toHaveLength(1);
  });

  it("keeps another applicant's messages out of my thread", async () => {
    const one = await createApplicant(t.database.db, municipality.id);
    const two = await createApplicant(t.database.db, municipality.id);
    await caseworker.post(`/api/staff/applicants/${one.id}/messages`).send({ body: 'Till ett' }).expect(201);
    const agent = await loginApplicant(t.app, two, municipality.slug, TEST_PASSWORD);
    expect((await agent.get('/api/applicant/messages').expect(200)).body.items).toEqual([]);
  });
});

describe('who may manage applicants', () => {
  it('lets assistants look but not change, and administrators change but see no cases', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const assistant = await loginStaff(
      t.app,
      await createStaff(t.database.db, municipality.id, { role: 'assistant' }),
      TEST_PASSWORD,
    );
    await assistant.get('/api/staff/applicants').expect(200);
    await assistant.get(`/api/staff/applicants/${applicant.id}`).expect(200);
    await assistant.get(`/api/staff/applicants/${applicant.id}/messages`).expect(200);
    await create(newApplicant(), assistant).expect(403);
    for (const action of ['password', 'deactivate', 'reactivate', 'code-list', 'code-list/pdf', 'unlock']) {
      await assistant.post(`/api/staff/applicants/${applicant.id}/${action}`).expect(403);
    }
    await assistant.post(`/api/staff/applicants/${applicant.id}/messages`).send({ body: 'Hej' }).expect(403);

    const admin = await loginStaff(
      t.app,
      await createStaff(t.database.db, municipality.id, { role: 'admin' }),
      TEST_PASSWORD,
    );
    await create(newApplicant(), admin).expect(201);
    expect((await admin.get(`/api/staff/applicants/${applicant.id}`).expect(200)).body.cases).toBeNull();
    await admin.post(`/api/staff/applicants/${applicant.id}/deactivate`).expect(204);
  });

  it('lets a restricted caseworker see only applicants of cases assigned to them, and not create accounts', async () => {
    const arranged = await submittedCaseWithCaseworker(t);
    const member = await createStaff(t.database.db, arranged.municipality.id, { restricted: true });
    const restricted = await loginStaff(t.app, member, TEST_PASSWORD);
    const id = arranged.applicant.id;
    await restricted.get(`/api/staff/applicants/${id}`).expect(404);
    await restricted.post(`/api/staff/applicants/${id}/password`).expect(404);
    await restricted.post(`/api/staff/applicants/${id}/messages`).send({ body: 'Hej' }).expect(404);
    expect((await restricted.get('/api/staff/applicants').expect(200)).body.items).toEqual([]);
    await create(newApplicant(), restricted).expect(403);

    await t.database.db.insert(caseAssignees).values({ caseId: arranged.caseId, staffId: member.id });
    const detail = await restricted.get(`/api/staff/applicants/${id}`).expect(200);
    expect(detail.body.cases).toEqual([expect.objectContaining({ id: arranged.caseId })]);
    expect((await restricted.get('/api/staff/applicants').expect(200)).body.items).toEqual([
      expect.objectContaining({ id }),
    ]);
  });

  it("answers 404 for another municipality's applicant and 401/403 to applicants", async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const stranger = await loginStaff(
      t.app,
      await createStaff(t.database.db, (await createMunicipality(t.database.db)).id),
      TEST_PASSWORD,
    );
    await stranger.get(`/api/staff/applicants/${applicant.id}`).expect(404);
    await stranger.post(`/api/staff/applicants/${applicant.id}/deactivate`).expect(404);
    const asApplicant = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
    await asApplicant.get('/api/staff/applicants').expect(403);
    await asApplicant.post('/api/staff/applicants').send(newApplicant()).expect(403);
    await request(t.app.server).get('/api/staff/applicants').expect(401);
    await caseworker.get('/api/applicant/messages').expect(403);
    await request(t.app.server).get('/api/applicant/messages').expect(401);
  });
});
