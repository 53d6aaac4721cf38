import { samplePdf, samplePng } from '@ebistans/testing';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, cases, supplementRequests } from '../../src/db/schema/index.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import {
  createApplicant,
  createMunicipality,
  TEST_PASSWORD,
  TEST_PERIOD,
  validApplication,
} from '../helpers/fixtures.js';
import { createIntegrationClient, integrationToken } from '../helpers/integration-clients.js';
import { loginApplicant } from '../helpers/login.js';
import { multipartBody } from '../helpers/multipart.js';
import { binary } from '../helpers/pdf.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A submitted case with its applicant and caseworker, and a case system holding cases:write. */
async function setUp() {
  const arranged = await submittedCaseWithCaseworker(t);
  const client = await createIntegrationClient(t.database.db, arranged.municipality.id, ['cases:read', 'cases:write']);
  const token = await integrationToken(t.app, client);
  const api = {
    post: (url: string) => request(t.app.server).post(`/api/v1${url}`).set('authorization', `Bearer ${token}`),
    get: (url: string) => request(t.app.server).get(`/api/v1${url}`).set('authorization', `Bearer ${token}`),
    /** Uploads one file to the case as the case system; its document id. */
    upload: async (caseId: string, content: Buffer, filename = 'beslut.pdf') => {
      const { body, contentType } = multipartBody([{ name: 'file', filename, content }]);
      const response = await request(t.app.server)
        .post(`/api/v1/cases/${caseId}/documents`)
        .set('authorization', `Bearer ${token}`)
        .set('content-type', contentType)
        .send(body)
        .expect(201);
      return response.body.items[0].id as string;
    },
  };
  return { ...arranged, client, api };
}

/** The applicant notification jobs queued for the case, by event. */
async function applicantJobs(caseId: string) {
  const { rows } = await t.database.executeSql(
    "select data->>'event' as event from pgboss.job where name = 'applicant-notifications' and data->>'caseId' = $1",
    [caseId],
  );
  return (rows as { event: string }[]).map((row) => row.event);
}

const period = { from: `${TEST_PERIOD}-01`, to: `${TEST_PERIOD}-28` };

function delavslag(documentId: string) {
  return {
    outcome: 'delavslag',
    amount: 6400,
    period,
    hindrances: { applicant: 'unemployed_no_benefit' },
    motivation: 'Elkostnaden är högre än skäligt.',
    documentId,
  };
}

describe('integration API: recording a decision', () => {
  it("decides the case: the applicant sees it and downloads the case system's letter", async () => {
    const { api, caseId, client, caseworker, agent } = await setUp();
    await api.post(`/cases/${caseId}/acknowledge`).expect(200);
    const letter = await api.upload(caseId, samplePdf());

    const recorded = await api.post(`/cases/${caseId}/decision`).send(delavslag(letter)).expect(200);
    expect(recorded.body).toEqual({ id: caseId, status: 'decided', decidedAt: expect.any(String) });

    // The applicant: status, what was decided, and the letter is the case system's PDF byte for byte.
    expect((await agent.get(`/api/applicant/cases/${caseId}`).expect(200)).body.status).toBe('decided');
    const mine = await agent.get(`/api/applicant/cases/${caseId}/decision`).expect(200);
    expect(mine.body.decision).toEqual({
      outcome: 'delavslag',
      amount: 6400,
      motivation: 'Elkostnaden är högre än skäligt.',
      period,
      decidedAt: recorded.body.decidedAt,
    });
    const download = await agent
      .get(`/api/applicant/cases/${caseId}/decision.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(download.body as Buffer, samplePdf())).toBe(0);
    // The letter is not one of the applicant's files besides.
    await agent.get(`/api/applicant/cases/${caseId}/attachments/${letter}/content`).expect(404);

    // The caseworker: decided by the case system, no calculation, the same letter.
    const proposal = await caseworker.get(`/api/staff/cases/${caseId}/decision-proposal`).expect(200);
    expect(proposal.body.decision).toMatchObject({
      source: 'case-system',
      outcome: 'delavslag',
      amount: 6400,
      period,
      calculation: null,
      letterDocumentId: letter,
      decidedBy: { id: client.clientId, name: 'Verksamhetssystemet' },
      hindrances: [{ adult: 'applicant', code: 'unemployed_no_benefit', text: expect.any(String) }],
    });
    const staffLetter = await caseworker
      .get(`/api/staff/cases/${caseId}/decision.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(staffLetter.body as Buffer, samplePdf())).toBe(0);

    const events = await t.database.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'decision_recorded')));
    expect(events).toMatchObject([
      {
        actorKind: 'integration',
        actorId: client.clientId,
        data: { from: 'submitted', outcome: 'delavslag', amount: 6400 },
      },
    ]);
    expect(await applicantJobs(caseId)).toContain('decision-recorded');
    const read = await api.get(`/cases/${caseId}`).expect(200);
    expect(read.body).toMatchObject({ status: 'decided', calculatedNorm: null, decision: { outcome: 'delavslag' } });

    // A second decision on a decided case is a conflict, and changes nothing.
    const again = await api
      .post(`/cases/${caseId}/decision`)
      .send({ ...delavslag(letter), outcome: 'bifall', motivation: null })
      .expect(409);
    expect(again.body.type).toBe('urn:ebistans:problem:conflict');
    expect((await agent.get(`/api/applicant/cases/${caseId}/decision`).expect(200)).body.decision.outcome).toBe(
      'delavslag',
    );
  });

  it('records an avslag without telling the applicant when asked not to', async () => {
    const { api, caseId, agent } = await setUp();
    const letter = await api.upload(caseId, samplePdf());
    await api
      .post(`/cases/${caseId}/decision`)
      .send({
        outcome: 'avslag',
        amount: null,
        period,
        motivation: 'Inkomsterna överstiger normen.',
        documentId: letter,
        notifyApplicant: false,
      })
      .expect(200);
    expect((await agent.get(`/api/applicant/cases/${caseId}/decision`).expect(200)).body.decision).toMatchObject({
      outcome: 'avslag',
      amount: null,
    });
    expect(await applicantJobs(caseId)).not.toContain('decision-recorded');
  });

  it('refuses an incomplete decision or a letter that is not a PDF of this case, with field errors', async () => {
    const { api, caseId, caseworker } = await setUp();
    const other = await setUp();
    const pdf = await api.upload(caseId, samplePdf());
    const png = await api.upload(caseId, samplePng(), 'beslut.png');
    const elsewhere = await other.api.upload(other.caseId, samplePdf());
    const staffUpload = multipartBody([{ name: 'file', filename: 'utkast.pdf', content: samplePdf() }]);
    const byStaff = (
      await caseworker
        .post(`/api/staff/cases/${caseId}/documents`)
        .set('content-type', staffUpload.contentType)
        .send(staffUpload.body)
        .expect(201)
    ).body.items[0].id as string;

    const refusals: [Record<string, unknown>, string][] = [
      [{ ...delavslag(pdf), amount: null }, 'amount'],
      [{ ...delavslag(pdf), outcome: 'avslag' }, 'amount'],
      [{ ...delavslag(pdf), motivation: '  ' }, 'motivation'],
      [delavslag(png), 'documentId'],
      [delavslag(elsewhere), 'documentId'],
      [delavslag(byStaff), 'documentId'],
    ];
    for (const [body, path] of refusals) {
      const refused = await api.post(`/cases/${caseId}/decision`).send(body).expect(422);
      expect(refused.body.type).toBe('urn:ebistans:problem:invalid-decision');
      expect(refused.body.errors).toContainEqual(expect.objectContaining({ path, message: expect.any(String) }));
    }
    const backwards = await api
      .post(`/cases/${caseId}/decision`)
      .send({ ...delavslag(pdf), period: { from: period.to, to: period.from } })
      .expect(400);
    expect(backwards.body.type).toBe('urn:ebistans:problem:validation');
    await api
      .post(`/cases/${caseId}/decision`)
      .send({ ...delavslag(pdf), hindrances: { applicant: 'påhittad' } })
      .expect(400);
    const [stored] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(stored).toMatchObject({ status: 'submitted', decision: null });
  });

  it('records a retried decision once and refuses the key with another decision', async () => {
    const { api, caseId } = await setUp();
    const letter = await api.upload(caseId, samplePdf());
    const key = crypto.randomUUID();
    const first = await api.post(`/cases/${caseId}/decision`).set('idempotency-key', key).send(delavslag(letter));
    expect(first.status).toBe(200);
    const queued = await applicantJobs(caseId);
    expect(queued).toContain('decision-recorded');
    const retried = await api
      .post(`/cases/${caseId}/decision`)
      .set('idempotency-key', key)
      .send(delavslag(letter))
      .expect(200);
    expect(retried.body).toEqual(first.body);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    const reused = await api
      .post(`/cases/${caseId}/decision`)
      .set('idempotency-key', key)
      .send({ ...delavslag(letter), amount: 5000 })
      .expect(422);
    expect(reused.body.type).toBe('urn:ebistans:problem:idempotency-key-reused');
    // Neither the retry nor the refused request told the applicant again.
    expect(await applicantJobs(caseId)).toEqual(queued);
  });
});

const supplementRequest = {
  message: 'Skicka kontoutdrag för november.',
  dueDate: '2026-12-05',
  receiptCategories: ['bank_statements'],
};

describe('integration API: supplement requests', () => {
  it('asks the applicant for more: the case awaits a supplement and the applicant sees the request', async () => {
    const { api, caseId, client, agent } = await setUp();
    await api.post(`/cases/${caseId}/acknowledge`).expect(200);
    const asked = await api.post(`/cases/${caseId}/supplement-requests`).send(supplementRequest).expect(201);
    expect(asked.body).toEqual({
      id: expect.any(String),
      ...supplementRequest,
      answeredAt: null,
      createdAt: expect.any(String),
    });

    expect((await agent.get(`/api/applicant/cases/${caseId}`).expect(200)).body.status).toBe('awaiting_supplement');
    const mine = await agent.get(`/api/applicant/cases/${caseId}/supplements`).expect(200);
    expect(mine.body.requests).toEqual([asked.body]);
    const [stored] = await t.database.db
      .select()
      .from(supplementRequests)
      .where(eq(supplementRequests.id, asked.body.id as string));
    expect(stored?.requestedByStaffId).toBeNull();
    const events = await t.database.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'supplement_requested')));
    expect(events).toMatchObject([
      { actorKind: 'integration', actorId: client.clientId, data: { requestId: asked.body.id, dueDate: '2026-12-05' } },
    ]);
    expect(await applicantJobs(caseId)).toContain('supplement-requested');

    // Asking again while waiting is allowed; a bad category or date is a 400.
    await api
      .post(`/cases/${caseId}/supplement-requests`)
      .send({ ...supplementRequest, dueDate: '2026-12-10' })
      .expect(201);
    await api
      .post(`/cases/${caseId}/supplement-requests`)
      .send({ ...supplementRequest, receiptCategories: ['påhittad'] })
      .expect(400);
    await api
      .post(`/cases/${caseId}/supplement-requests`)
      .send({ ...supplementRequest, dueDate: '5/12' })
      .expect(400);
  });

  it('refuses a request on a case whose status does not allow it (409)', async () => {
    const { api, caseId } = await setUp();
    await api.post(`/cases/${caseId}/status`).send({ status: 'withdrawn' }).expect(200);
    const refused = await api.post(`/cases/${caseId}/supplement-requests`).send(supplementRequest).expect(409);
    expect(refused.body.type).toBe('urn:ebistans:problem:conflict');
    expect(await t.database.db.select().from(supplementRequests).where(eq(supplementRequests.caseId, caseId))).toEqual(
      [],
    );
  });

  it('asks once for a retried request and refuses the key with another body', async () => {
    const { api, caseId, agent } = await setUp();
    const key = crypto.randomUUID();
    const first = await api
      .post(`/cases/${caseId}/supplement-requests`)
      .set('idempotency-key', key)
      .send(supplementRequest)
      .expect(201);
    const retried = await api
      .post(`/cases/${caseId}/supplement-requests`)
      .set('idempotency-key', key)
      .send(supplementRequest)
      .expect(201);
    expect(retried.body).toEqual(first.body);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    await api
      .post(`/cases/${caseId}/supplement-requests`)
      .set('idempotency-key', key)
      .send({ ...supplementRequest, message: 'Något annat' })
      .expect(422);
    expect((await agent.get(`/api/applicant/cases/${caseId}/supplements`).expect(200)).body.requests).toHaveLength(1);
  });
});

describe('integration API: decision and supplement access', () => {
  it("answers 404 for another municipality's case and 403 without cases:write", async () => {
    const { api, municipality, caseId } = await setUp();
    const letter = await api.upload(caseId, samplePdf());
    const elsewhere = await createMunicipality(t.database.db);
    const stranger = await createApplicant(t.database.db, elsewhere.id);
    const strangerAgent = await loginApplicant(t.app, stranger, elsewhere.slug, TEST_PASSWORD);
    const foreign = (await strangerAgent.post('/api/applicant/applications').send(validApplication()).expect(201)).body
      .id as string;
    await api.post(`/cases/${foreign}/decision`).send(delavslag(letter)).expect(404);
    await api.post(`/cases/${foreign}/supplement-requests`).send(supplementRequest).expect(404);
    const [untouched] = await t.database.db.select().from(cases).where(eq(cases.id, foreign));
    expect(untouched?.status).toBe('submitted');

    const readOnly = await createIntegrationClient(t.database.db, municipality.id, ['cases:read']);
    const authorization = `Bearer ${await integrationToken(t.app, readOnly)}`;
    const refused = await request(t.app.server)
      .post(`/api/v1/cases/${caseId}/decision`)
      .set('authorization', authorization)
      .send(delavslag(letter))
      .expect(403);
    expect(refused.body.type).toBe('urn:ebistans:problem:forbidden');
    await request(t.app.server)
      .post(`/api/v1/cases/${caseId}/supplement-requests`)
      .set('authorization', authorization)
      .send(supplementRequest)
      .expect(403);
    const [stored] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(stored?.status).toBe('submitted');
  });
});
