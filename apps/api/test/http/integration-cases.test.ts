import { samplePng } from '@ebistans/testing';
import { and, eq } from 'drizzle-orm';
import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, cases } from '../../src/db/schema/index.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { createApplicant, createMunicipality, TEST_PASSWORD, validApplication } from '../helpers/fixtures.js';
import { createIntegrationClient, integrationToken } from '../helpers/integration-clients.js';
import { loginApplicant } from '../helpers/login.js';
import { multipartBody } from '../helpers/multipart.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { waitFor } from '../helpers/wait-for.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Page {
  items: { id: string; status: string }[];
  nextCursor: string | null;
  hasMore: boolean;
}

/** A municipality with a submitted case, a logged-in caseworker, and a case system holding every case scope. */
async function setUp() {
  const arranged = await submittedCaseWithCaseworker(t);
  const client = await createIntegrationClient(t.database.db, arranged.municipality.id, ['cases:read', 'cases:write']);
  const token = await integrationToken(t.app, client);
  const api = {
    get: (url: string) => request(t.app.server).get(`/api/v1${url}`).set('authorization', `Bearer ${token}`),
    post: (url: string) => request(t.app.server).post(`/api/v1${url}`).set('authorization', `Bearer ${token}`),
    put: (url: string) => request(t.app.server).put(`/api/v1${url}`).set('authorization', `Bearer ${token}`),
  };
  const submitAnother = async () =>
    (await arranged.agent.post('/api/applicant/applications').send(validApplication()).expect(201)).body.id as string;
  /** Every page from the cursor on, as an integrator reads them. */
  const readAll = async (cursor: string | null = null) => {
    const seen: string[] = [];
    for (;;) {
      const page: Page = (await api.get(`/cases?limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200)).body;
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      if (!page.hasMore) return { seen, cursor };
    }
  };
  return { ...arranged, client, token, api, submitAnother, readAll };
}

describe('integration API: cases', () => {
  it('pages through the change feed without duplicates or gaps, and a changed case comes again', async () => {
    const { api, caseId, caseworker, submitAnother, readAll } = await setUp();
    const second = await submitAnother();
    const third = await submitAnother();

    const first = (await api.get('/cases?limit=2').expect(200)).body as Page;
    expect(first.items.map((item) => item.id)).toEqual([caseId, second]);
    expect(first.hasMore).toBe(true);
    expect(first.items[0]).toMatchObject({ status: 'submitted', formVersion: 2, channel: 'web', takenOverAt: null });
    const rest = await readAll(first.nextCursor);
    expect(rest.seen).toEqual([third]);

    // Nothing new: the same cursor comes back for the next poll.
    const idle = (await api.get(`/cases?cursor=${rest.cursor}`).expect(200)).body as Page;
    expect(idle).toEqual({ items: [], nextCursor: rest.cursor, hasMore: false });

    await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'in_progress' }).expect(200);
    const changed = (await api.get(`/cases?cursor=${rest.cursor}`).expect(200)).body as Page;
    expect(changed.items).toMatchObject([{ id: caseId, status: 'in_progress' }]);

    await api.get('/cases?cursor=not-a-cursor').expect(400);
    await api.get('/cases?limit=201').expect(400);
  });

  it('never skips a change whose transaction commits after a later one', async () => {
    const { caseId, submitAnother, readAll } = await setUp();
    const other = await submitAnother();
    const start = (await readAll()).cursor;
    const [one, two] = [new pg.Client(t.databaseUrl), new pg.Client(t.databaseUrl)];
    await Promise.all([one.connect(), two.connect()]);
    try {
      // The earlier change (lower sequence number) commits last: the later one is held back meanwhile.
      await one.query('begin');
      await one.query(`update cases set status = 'in_progress' where id = $1`, [caseId]);
      await two.query('begin');
      await two.query(`update cases set status = 'in_progress' where id = $1`, [other]);
      await two.query('commit');
      expect((await readAll(start)).seen).toEqual([]);
      await one.query('commit');
      const both = await waitFor(async () => {
        const read = await readAll(start);
        return read.seen.length === 2 ? read : undefined;
      }, 10_000);
      expect(both.seen).toEqual([caseId, other]);

      // A transaction that started writing first but takes its sequence number last, and commits first.
      await one.query('begin');
      await one.query('select pg_current_xact_id()');
      await two.query('begin');
      await two.query(`update cases set status = 'awaiting_supplement' where id = $1`, [caseId]);
      await one.query(`update cases set status = 'awaiting_supplement' where id = $1`, [other]);
      await one.query('commit');
      const early = await waitFor(async () => {
        const read = await readAll(both.cursor);
        return read.seen.length > 0 ? read : undefined;
      }, 10_000);
      expect(early.seen).toEqual([other]);
      await two.query('commit');
      const late = await waitFor(async () => {
        const read = await readAll(early.cursor);
        return read.seen.length > 0 ? read : undefined;
      }, 10_000);
      expect(late.seen).toEqual([caseId]);
    } finally {
      await Promise.all([one.end(), two.end()]);
    }
  });

  it('gives the case with its answers, household, events and files, the PDF and each file', async () => {
    const { api, agent, caseId, applicant } = await setUp();
    const png = samplePng();
    const receipt = multipartBody([
      { name: 'category', value: 'salary_slip' },
      { name: 'file', filename: 'lönespec.png', content: png },
    ]);
    await agent
      .post(`/api/applicant/cases/${caseId}/attachments`)
      .set('content-type', receipt.contentType)
      .send(receipt.body)
      .expect(201);

    const found = (await api.get(`/cases/${caseId}`).expect(200)).body;
    expect(found).toMatchObject({
      id: caseId,
      formId: validApplication().formId,
      formVersion: 2,
      status: 'submitted',
      decision: null,
      calculatedNorm: null,
      answers: { rent: 7400 },
      household: {
        applicant: { name: `${applicant.givenName} ${applicant.familyName}`, personnummer: applicant.personnummer },
        coApplicant: { name: 'Kim Tolvansson', personnummer: '198203102382' },
        children: [
          { name: 'Alva Tolvansson', personnummer: '201506014586' },
          { name: 'Elis Tolvansson', personnummer: '201902143674' },
        ],
      },
    });
    // Only what the schema names leaves the server, not storage keys or raw columns.
    expect(found).not.toHaveProperty('pdfStorageKey');
    expect(found).not.toHaveProperty('data');
    expect(found.events.map((event: { type: string }) => event.type)).toContain('submitted');
    expect(found.attachments).toMatchObject([
      { fileName: 'lönespec.png', contentType: 'image/png', sizeBytes: png.length, category: 'salary_slip' },
    ]);

    const pdf = await api
      .get(`/cases/${caseId}/pdf`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

    const file = await api
      .get(`/cases/${caseId}/attachments/${found.attachments[0].id}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(file.body as Buffer, png)).toBe(0);
    await api.get(`/cases/${caseId}/attachments/${crypto.randomUUID()}`).expect(404);
  });

  it("acknowledges a case idempotently, as the caseworker's hand-over, with a case event", async () => {
    const { api, caseId, client, caseworker } = await setUp();
    const first = await api.post(`/cases/${caseId}/acknowledge`).expect(200);
    expect(first.body.takenOverAt).toEqual(expect.any(String));
    const again = await api.post(`/cases/${caseId}/acknowledge`).expect(200);
    expect(again.body).toEqual(first.body);

    const [stored] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(stored?.takenOverAt?.toISOString()).toBe(first.body.takenOverAt);
    const events = await t.database.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'handed_over')));
    expect(events).toMatchObject([{ actorKind: 'integration', actorId: client.clientId }]);
    // The caseworker sees it handed over and can no longer change it.
    const staffView = await caseworker.get(`/api/staff/cases/${caseId}`).expect(200);
    expect(staffView.body.handedOverAt).toBe(first.body.takenOverAt);
  });

  it('sets the external case number, replays a retried key and refuses a reused one', async () => {
    const { api, caseId, submitAnother } = await setUp();
    const key = crypto.randomUUID();
    const set = await api
      .put(`/cases/${caseId}/external-case-number`)
      .set('idempotency-key', key)
      .send({ externalCaseNumber: 'IFO-2026-4711' })
      .expect(200);
    expect(set.body).toEqual({ id: caseId, externalCaseNumber: 'IFO-2026-4711' });
    expect(set.headers['idempotent-replayed']).toBeUndefined();

    // Meanwhile someone changes it; the retry still gets the first answer and changes nothing.
    await t.database.db.update(cases).set({ externalCaseNumber: 'ANNAT' }).where(eq(cases.id, caseId));
    const retried = await api
      .put(`/cases/${caseId}/external-case-number`)
      .set('idempotency-key', key)
      .send({ externalCaseNumber: 'IFO-2026-4711' })
      .expect(200);
    expect(retried.body).toEqual(set.body);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    const [stored] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(stored?.externalCaseNumber).toBe('ANNAT');

    const reused = await api
      .put(`/cases/${caseId}/external-case-number`)
      .set('idempotency-key', key)
      .send({ externalCaseNumber: 'IFO-2026-9999' })
      .expect(422);
    expect(reused.body.type).toBe('urn:ebistans:problem:idempotency-key-reused');
    const otherCase = await submitAnother();
    await api.post(`/cases/${otherCase}/acknowledge`).set('idempotency-key', key).expect(422);

    const events = await t.database.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'external_case_number_set')));
    expect(events).toMatchObject([{ actorKind: 'integration', data: { externalCaseNumber: 'IFO-2026-4711' } }]);
  });

  it("answers 404 for another municipality's case and for test cases, which the feed leaves out", async () => {
    const { api, caseId, submitAnother, readAll } = await setUp();
    const elsewhere = await createMunicipality(t.database.db);
    const stranger = await createApplicant(t.database.db, elsewhere.id);
    const strangerAgent = await loginApplicant(t.app, stranger, elsewhere.slug, TEST_PASSWORD);
    const foreign = (await strangerAgent.post('/api/applicant/applications').send(validApplication()).expect(201)).body
      .id as string;
    const testCase = await submitAnother();
    await t.database.db.update(cases).set({ isTest: true }).where(eq(cases.id, testCase));

    for (const hidden of [foreign, testCase]) {
      const response = await api.get(`/cases/${hidden}`).expect(404);
      expect(response.body.type).toBe('urn:ebistans:problem:not-found');
      await api.get(`/cases/${hidden}/pdf`).expect(404);
      await api.post(`/cases/${hidden}/acknowledge`).expect(404);
      await api.put(`/cases/${hidden}/external-case-number`).send({ externalCaseNumber: 'X-1' }).expect(404);
    }
    expect((await readAll()).seen).toEqual([caseId]);
  });

  it('answers 401 without a token and 403 without the scope', async () => {
    const { municipality, caseId } = await setUp();
    await request(t.app.server).get('/api/v1/cases').expect(401);
    await request(t.app.server).post(`/api/v1/cases/${caseId}/acknowledge`).expect(401);
    const reader = await createIntegrationClient(t.database.db, municipality.id, ['cases:read']);
    const token = await integrationToken(t.app, reader);
    await request(t.app.server).get(`/api/v1/cases/${caseId}`).set('authorization', `Bearer ${token}`).expect(200);
    const refused = await request(t.app.server)
      .post(`/api/v1/cases/${caseId}/acknowledge`)
      .set('authorization', `Bearer ${token}`)
      .expect(403);
    expect(refused.body.type).toBe('urn:ebistans:problem:forbidden');
    await request(t.app.server)
      .put(`/api/v1/cases/${caseId}/external-case-number`)
      .set('authorization', `Bearer ${token}`)
      .send({ externalCaseNumber: 'X-1' })
      .expect(403);
    const messenger = await createIntegrationClient(t.database.db, municipality.id, ['messages:write']);
    await request(t.app.server)
      .get('/api/v1/cases')
      .set('authorization', `Bearer ${await integrationToken(t.app, messenger)}`)
      .expect(403);
  });
});
