import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicants, auditLog, caseEvents, cases } from '../../src/db/schema/index.js';
import {
  createApplicant,
  createMunicipality,
  createStaff,
  TEST_PASSWORD,
  TEST_PERIOD,
  validApplication,
} from '../helpers/fixtures.js';
import { createIntegrationClient, integrationToken } from '../helpers/integration-clients.js';
import { loginApplicant, loginStaff } from '../helpers/login.js';
import { binary, pdfText } from '../helpers/pdf.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import type { IntegrationScope } from '../../src/modules/integration-clients/scopes.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A case system of the municipality, calling /api/v1 with a token of the given scopes. */
async function caseSystem(municipalityId: string, scopes: IntegrationScope[] = ['applicants:read', 'cases:write']) {
  const client = await createIntegrationClient(t.database.db, municipalityId, scopes);
  const token = await integrationToken(t.app, client);
  return {
    client,
    post: (url: string) => request(t.app.server).post(`/api/v1${url}`).set('authorization', `Bearer ${token}`),
  };
}

async function municipalityWithApplicant() {
  const municipality = await createMunicipality(t.database.db);
  const applicant = await createApplicant(t.database.db, municipality.id);
  return { municipality, applicant, api: await caseSystem(municipality.id) };
}

/** A web application of the applicant, as submitted in the e-service. */
async function submitted(municipalitySlug: string, applicant: Awaited<ReturnType<typeof createApplicant>>) {
  const agent = await loginApplicant(t.app, applicant, municipalitySlug, TEST_PASSWORD);
  return (await agent.post('/api/applicant/applications').send(validApplication()).expect(201)).body.id as string;
}

const decided = (caseId: string, outcome: string, amount: number | null, decidedAt: string) =>
  t.database.db
    .update(cases)
    .set({ status: 'decided', decision: { outcome, amount, motivation: null, decidedAt } })
    .where(eq(cases.id, caseId));

/** The body of a manual case for the applicant, with the example answers. */
const manualCase = (personnummer: string, extra: Record<string, unknown> = {}) => {
  const { formId, formVersion, data } = validApplication();
  return { personnummer, formId, formVersion, channel: 'paper', answers: data, ...extra };
};

const dashed = (personnummer: string) => `${personnummer.slice(2, 8)}-${personnummer.slice(8)}`;

/** The application PDFs the file store holds for the municipality's cases. */
function storedPdfs(municipalityId: string) {
  const directory = path.join(t.env.DATA_DIR!, 'files', 'cases', municipalityId);
  return existsSync(directory)
    ? readdirSync(directory, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
    : [];
}

describe('integration API: applicant lookup', () => {
  it("answers the person's cases here newest first, with each decision and the last one, leaving test cases out", async () => {
    const { municipality, applicant, api } = await municipalityWithApplicant();
    const older = await submitted(municipality.slug, applicant);
    const middle = await submitted(municipality.slug, applicant);
    const newest = await submitted(municipality.slug, applicant);
    const testCase = await submitted(municipality.slug, applicant);
    await t.database.db.update(cases).set({ isTest: true }).where(eq(cases.id, testCase));
    await t.database.db.update(cases).set({ externalCaseNumber: 'VIVA-4711' }).where(eq(cases.id, older));
    // The middle case was decided last, so its decision is the last one although a newer case exists.
    await decided(older, 'bifall', 8450, '2026-10-01T10:00:00.000Z');
    await decided(middle, 'avslag', null, '2026-10-15T10:00:00.000Z');

    const found = await api.post('/applicants/lookup').send({ personnummer: dashed(applicant.personnummer) });
    expect(found.status).toBe(200);
    expect(found.body.personnummer).toBe(applicant.personnummer);
    expect(found.body.cases.map((item: { id: string }) => item.id)).toEqual([newest, middle, older]);
    expect(found.body.cases[2]).toEqual({
      id: older,
      caseNumber: expect.stringMatching(/^\d{4}-\d{6}$/),
      status: 'decided',
      channel: 'web',
      formId: validApplication().formId,
      formVersion: 2,
      period: TEST_PERIOD,
      submittedAt: expect.any(String),
      externalCaseNumber: 'VIVA-4711',
      decision: { outcome: 'bifall', amount: 8450, decidedAt: '2026-10-01T10:00:00.000Z' },
    });
    expect(found.body.cases[0]).toMatchObject({ status: 'submitted', decision: null });
    expect(found.body.lastDecision).toEqual({
      caseId: middle,
      period: TEST_PERIOD,
      outcome: 'avslag',
      amount: null,
      decidedAt: '2026-10-15T10:00:00.000Z',
    });

    const [entry] = await t.database.db
      .select({ actorKind: auditLog.actorKind, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'applicant.lookup'), eq(auditLog.entityId, applicant.id)));
    expect(entry).toEqual({ actorKind: 'integration', actorId: api.client.clientId });
  });

  it('answers no cases for an unknown person and for one without cases, and refuses an invalid number', async () => {
    const { applicant, api } = await municipalityWithApplicant();
    for (const personnummer of ['191212121212', applicant.personnummer]) {
      const found = await api.post('/applicants/lookup').send({ personnummer }).expect(200);
      expect(found.body).toEqual({ personnummer, cases: [], lastDecision: null });
    }
    const refused = await api.post('/applicants/lookup').send({ personnummer: '19121212-1213' }).expect(422);
    expect(refused.body.type).toBe('urn:ebistans:problem:validation');
    expect(refused.body.errors).toMatchObject([{ path: 'personnummer', code: 'personnummer_invalid' }]);
    await api.post('/applicants/lookup').send({}).expect(400);
  });

  it("shows a client only its own municipality's cases of a person known in several", async () => {
    const a = await municipalityWithApplicant();
    const b = await municipalityWithApplicant();
    // The same person has an account, and a case, in both municipalities.
    await t.database.db
      .update(applicants)
      .set({ personnummer: a.applicant.personnummer })
      .where(eq(applicants.id, b.applicant.id));
    const caseInA = await submitted(a.municipality.slug, a.applicant);
    const caseInB = await submitted(b.municipality.slug, { ...b.applicant, personnummer: a.applicant.personnummer });
    await decided(caseInA, 'bifall', 5000, '2026-10-01T10:00:00.000Z');

    const seenByA = await a.api.post('/applicants/lookup').send({ personnummer: a.applicant.personnummer });
    expect(seenByA.body.cases.map((item: { id: string }) => item.id)).toEqual([caseInA]);
    const seenByB = await b.api.post('/applicants/lookup').send({ personnummer: a.applicant.personnummer });
    expect(seenByB.body.cases.map((item: { id: string }) => item.id)).toEqual([caseInB]);
    expect(seenByB.body.lastDecision).toBeNull();

    // A person with cases only elsewhere looks like anyone unknown.
    const other = await municipalityWithApplicant();
    await submitted(other.municipality.slug, other.applicant);
    const unknownHere = await a.api.post('/applicants/lookup').send({ personnummer: other.applicant.personnummer });
    expect(unknownHere.body).toEqual({ personnummer: other.applicant.personnummer, cases: [], lastDecision: null });
  });

  it('needs a token (401) and the scope applicants:read (403)', async () => {
    const { municipality, applicant } = await municipalityWithApplicant();
    const anonymous = await request(t.app.server)
      .post('/api/v1/applicants/lookup')
      .send({ personnummer: applicant.personnummer })
      .expect(401);
    expect(anonymous.body.type).toBe('urn:ebistans:problem:unauthorized');
    const readOnly = await caseSystem(municipality.id, ['cases:read', 'cases:write']);
    const refused = await readOnly.post('/applicants/lookup').send({ personnummer: applicant.personnummer });
    expect(refused.status).toBe(403);
    expect(refused.body.type).toBe('urn:ebistans:problem:forbidden');
    expect(refused.headers['www-authenticate']).toContain('scope="applicants:read"');
  });
});

describe('integration API: manual cases', () => {
  it('registers a paper application as a case seen by caseworkers, with its event, audit entry and PDF', async () => {
    const { municipality, applicant, api } = await municipalityWithApplicant();
    // The form version left out is the current one; the period may be given apart from the answers.
    const { period: _period, ...answers } = validApplication().data;
    const created = await api
      .post('/manual-cases')
      .send(manualCase(dashed(applicant.personnummer), { formVersion: undefined, answers, period: TEST_PERIOD }));
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      caseNumber: `${new Date().getFullYear()}-000001`,
      status: 'submitted',
      channel: 'paper',
    });
    const caseId = created.body.id as string;

    const [stored] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(stored).toMatchObject({
      applicantId: applicant.id,
      channel: 'paper',
      formVersion: 2,
      period: TEST_PERIOD,
      isTest: false,
    });
    const events = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
    expect(events).toMatchObject([
      { type: 'registered', actorKind: 'integration', actorId: api.client.clientId, data: { channel: 'paper' } },
    ]);
    const [entry] = await t.database.db
      .select({ action: auditLog.action, actorKind: auditLog.actorKind, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, caseId), eq(auditLog.action, 'case.register')));
    expect(entry).toEqual({
      action: 'case.register',
      actorKind: 'integration',
      details: { channel: 'paper', caseNumber: created.body.caseNumber },
    });

    // Like any case: in the caseworkers' inbox, with the PDF saying who registered it.
    const caseworker = await loginStaff(t.app, await createStaff(t.database.db, municipality.id), TEST_PASSWORD);
    const inbox = await caseworker.get('/api/staff/cases').query({ tab: 'all' }).expect(200);
    expect(inbox.body.items.map((item: { id: string }) => item.id)).toContain(caseId);
    const pdf = await caseworker.get(`/api/staff/cases/${caseId}/pdf`).buffer(true).parse(binary).expect(200);
    expect((await pdfText(pdf.body as Buffer)).text).toContain(
      'Ansökan kom in på papper och registrerades av verksamhetssystemet Verksamhetssystem',
    );
    const phone = await api.post('/manual-cases').send(manualCase(applicant.personnummer, { channel: 'phone' }));
    expect(phone.body).toMatchObject({ channel: 'phone', caseNumber: `${new Date().getFullYear()}-000002` });
  });

  it('refuses invalid answers with their field errors, an unknown applicant and a mismatched period, creating nothing', async () => {
    const { municipality, applicant, api } = await municipalityWithApplicant();
    const invalid = await api
      .post('/manual-cases')
      .send(manualCase(applicant.personnummer, { answers: { ...validApplication().data, rent: -5 } }))
      .expect(422);
    expect(invalid.body.type).toBe('urn:ebistans:problem:invalid-form');
    expect(invalid.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'rent' })]));

    const outdated = await api.post('/manual-cases').send(manualCase(applicant.personnummer, { formVersion: 1 }));
    expect(outdated.status).toBe(422);
    const stranger = await municipalityWithApplicant();
    const elsewhere = await api.post('/manual-cases').send(manualCase(stranger.applicant.personnummer)).expect(422);
    expect(elsewhere.body.type).toBe('urn:ebistans:problem:no-applicant-account');
    const badNumber = await api.post('/manual-cases').send(manualCase('19121212-1213')).expect(422);
    expect(badNumber.body.type).toBe('urn:ebistans:problem:validation');
    await api
      .post('/manual-cases')
      .send(manualCase(applicant.personnummer, { period: '2020-01' }))
      .expect(400);
    await api
      .post('/manual-cases')
      .send(manualCase(applicant.personnummer, { channel: 'web' }))
      .expect(400);

    expect(await t.database.db.select().from(cases).where(eq(cases.municipalityId, municipality.id))).toEqual([]);
    expect(storedPdfs(municipality.id)).toEqual([]);
  });

  it('registers a retried request once and refuses its key with another body', async () => {
    const { municipality, applicant, api } = await municipalityWithApplicant();
    const key = crypto.randomUUID();
    const body = manualCase(applicant.personnummer);
    const first = await api.post('/manual-cases').set('idempotency-key', key).send(body).expect(201);
    const retried = await api.post('/manual-cases').set('idempotency-key', key).send(body).expect(201);
    expect(retried.body).toEqual(first.body);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    const reused = await api
      .post('/manual-cases')
      .set('idempotency-key', key)
      .send({ ...body, channel: 'phone' })
      .expect(422);
    expect(reused.body.type).toBe('urn:ebistans:problem:idempotency-key-reused');

    // Two at once with a new key: one case, and no PDF left from the one that lost.
    const concurrentKey = crypto.randomUUID();
    const [one, other] = await Promise.all([
      api.post('/manual-cases').set('idempotency-key', concurrentKey).send(body),
      api.post('/manual-cases').set('idempotency-key', concurrentKey).send(body),
    ]);
    expect(one.status).toBe(201);
    expect(other.body).toEqual(one.body);

    const stored = await t.database.db.select({ id: cases.id }).from(cases).where(eq(cases.applicantId, applicant.id));
    expect(stored.map((row) => row.id).sort()).toEqual([first.body.id, one.body.id].sort());
    expect(storedPdfs(municipality.id)).toHaveLength(2);
  });

  it('needs the scope cases:write (403)', async () => {
    const { municipality, applicant } = await municipalityWithApplicant();
    const readOnly = await caseSystem(municipality.id, ['applicants:read', 'cases:read']);
    const refused = await readOnly.post('/manual-cases').send(manualCase(applicant.personnummer)).expect(403);
    expect(refused.body.type).toBe('urn:ebistans:problem:forbidden');
    await request(t.app.server).post('/api/v1/manual-cases').send(manualCase(applicant.personnummer)).expect(401);
    expect(await t.database.db.select().from(cases).where(eq(cases.applicantId, applicant.id))).toEqual([]);
  });
});
