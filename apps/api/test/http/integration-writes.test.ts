import { readdirSync } from 'node:fs';
import path from 'node:path';
import { samplePdf, samplePng } from '@ebistans/testing';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments, caseEvents, cases } from '../../src/db/schema/index.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { createApplicant, createMunicipality, TEST_PASSWORD, validApplication } from '../helpers/fixtures.js';
import { createIntegrationClient, integrationToken } from '../helpers/integration-clients.js';
import { loginApplicant } from '../helpers/login.js';
import { multipartBody, type Part } from '../helpers/multipart.js';
import { binary } from '../helpers/pdf.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/** Small, so that a file over the limit is cheap to send. */
const UPLOAD_MAX_BYTES = 64 * 1024;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ UPLOAD_MAX_BYTES: String(UPLOAD_MAX_BYTES) });
});
afterAll(() => t.close());

/** A submitted case with its applicant and caseworker, and a case system holding the write scopes. */
async function setUp() {
  const arranged = await submittedCaseWithCaseworker(t);
  const client = await createIntegrationClient(t.database.db, arranged.municipality.id, [
    'cases:read',
    'cases:write',
    'messages:write',
  ]);
  const token = await integrationToken(t.app, client);
  const api = {
    post: (url: string) => request(t.app.server).post(`/api/v1${url}`).set('authorization', `Bearer ${token}`),
    get: (url: string) => request(t.app.server).get(`/api/v1${url}`).set('authorization', `Bearer ${token}`),
    upload: (caseId: string, parts: Part[], key?: string) => {
      const { body, contentType } = multipartBody(parts);
      const call = request(t.app.server)
        .post(`/api/v1/cases/${caseId}/documents`)
        .set('authorization', `Bearer ${token}`)
        .set('content-type', contentType);
      return (key ? call.set('idempotency-key', key) : call).send(body);
    },
  };
  return { ...arranged, client, api };
}

/** The objects in the folder file store under the municipality's attachments. */
function storedObjects(municipalityId: string) {
  try {
    return readdirSync(path.join(t.env.DATA_DIR!, 'files', municipalityId, 'attachments'));
  } catch {
    return [];
  }
}

const uploadedRows = (caseId: string) =>
  t.database.db
    .select({ id: attachments.id })
    .from(attachments)
    .where(and(eq(attachments.caseId, caseId), eq(attachments.uploadedByKind, 'integration')));

/** The applicant notification jobs queued for the case, by event. */
async function applicantJobs(caseId: string) {
  const { rows } = await t.database.executeSql(
    "select data->>'event' as event from pgboss.job where name = 'applicant-notifications' and data->>'caseId' = $1",
    [caseId],
  );
  return (rows as { event: string }[]).map((row) => row.event);
}

describe('integration API: status changes', () => {
  it('changes the status of a case taken over, seen by caseworker and applicant, and tells the applicant', async () => {
    const { api, caseId, client, caseworker, agent } = await setUp();
    await api.post(`/cases/${caseId}/acknowledge`).expect(200);

    const changed = await api.post(`/cases/${caseId}/status`).send({ status: 'in_progress' }).expect(200);
    expect(changed.body).toEqual({ id: caseId, status: 'in_progress' });

    expect((await caseworker.get(`/api/staff/cases/${caseId}`).expect(200)).body.status).toBe('in_progress');
    expect((await agent.get(`/api/applicant/cases/${caseId}`).expect(200)).body.status).toBe('in_progress');
    const events = await t.database.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'in_progress')));
    expect(events).toMatchObject([{ actorKind: 'integration', actorId: client.clientId, data: { from: 'submitted' } }]);
    expect(await applicantJobs(caseId)).toContain('status-changed');

    // Closing without telling the applicant: no case-closed notification is queued.
    await api.post(`/cases/${caseId}/status`).send({ status: 'withdrawn', notifyApplicant: false }).expect(200);
    const [stored] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(stored?.status).toBe('withdrawn');
    expect(stored?.closedAt).not.toBeNull();
    expect(await applicantJobs(caseId)).not.toContain('case-closed');
  });

  it('refuses a change the lifecycle does not allow (409) and a bare decided (400)', async () => {
    const { api, caseId } = await setUp();
    await api.post(`/cases/${caseId}/status`).send({ status: 'withdrawn' }).expect(200);
    const refused = await api.post(`/cases/${caseId}/status`).send({ status: 'in_progress' }).expect(409);
    expect(refused.body.type).toBe('urn:ebistans:problem:conflict');
    await api.post(`/cases/${caseId}/status`).send({ status: 'decided' }).expect(400);
    expect(await applicantJobs(caseId)).toContain('case-closed');
  });

  it('replays a retried key and refuses one reused with another body', async () => {
    const { api, caseId } = await setUp();
    const key = crypto.randomUUID();
    const first = await api
      .post(`/cases/${caseId}/status`)
      .set('idempotency-key', key)
      .send({ status: 'in_progress' })
      .expect(200);
    const queued = await applicantJobs(caseId);
    expect(queued).toContain('status-changed');
    // Replayed, although the case can no longer go in_progress → in_progress.
    const retried = await api
      .post(`/cases/${caseId}/status`)
      .set('idempotency-key', key)
      .send({ status: 'in_progress' })
      .expect(200);
    expect(retried.body).toEqual(first.body);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    const reused = await api
      .post(`/cases/${caseId}/status`)
      .set('idempotency-key', key)
      .send({ status: 'closed' })
      .expect(422);
    expect(reused.body.type).toBe('urn:ebistans:problem:idempotency-key-reused');
    // Neither the retry nor the refused request told the applicant again.
    expect(await applicantJobs(caseId)).toEqual(queued);
  });
});

describe('integration API: messages', () => {
  it("puts a message in the applicant's thread as from the municipality, with an event and a notification", async () => {
    const { api, caseId, client, caseworker, agent } = await setUp();
    const sent = await api.post(`/cases/${caseId}/messages`).send({ body: 'Vi behöver ett kontoutdrag.' }).expect(201);
    expect(sent.body).toEqual({ id: expect.any(String), caseId, createdAt: expect.any(String) });

    const thread = await agent.get(`/api/applicant/cases/${caseId}/messages`).expect(200);
    expect(thread.body.items).toMatchObject([
      { id: sent.body.id, direction: 'to_applicant', body: 'Vi behöver ett kontoutdrag.', authorName: null },
    ]);
    const staffThread = await caseworker.get(`/api/staff/cases/${caseId}/messages`).expect(200);
    expect(staffThread.body.items).toMatchObject([{ id: sent.body.id, authorName: null }]);
    const events = await t.database.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'message_to_applicant')));
    expect(events).toMatchObject([
      { actorKind: 'integration', actorId: client.clientId, data: { messageId: sent.body.id } },
    ]);
    expect(await applicantJobs(caseId)).toContain('message-from-caseworker');

    await api.post(`/cases/${caseId}/messages`).send({ body: '   ' }).expect(400);
    await api
      .post(`/cases/${caseId}/messages`)
      .send({ body: 'x'.repeat(5001) })
      .expect(400);
  });

  it('sends a retried message once and refuses a reused key', async () => {
    const { api, caseId, agent } = await setUp();
    const key = crypto.randomUUID();
    const first = await api.post(`/cases/${caseId}/messages`).set('idempotency-key', key).send({ body: 'Hej' });
    expect(first.status).toBe(201);
    const retried = await api.post(`/cases/${caseId}/messages`).set('idempotency-key', key).send({ body: 'Hej' });
    expect(retried.status).toBe(201);
    expect(retried.body).toEqual(first.body);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    await api.post(`/cases/${caseId}/messages`).set('idempotency-key', key).send({ body: 'Hej igen' }).expect(422);
    expect((await agent.get(`/api/applicant/cases/${caseId}/messages`).expect(200)).body.items).toHaveLength(1);
  });
});

describe('integration API: documents', () => {
  it("files the case system's documents under Handlingar, hidden from the applicant until sent", async () => {
    const { api, caseId, client, caseworker, agent } = await setUp();
    const uploaded = await api
      .upload(caseId, [
        { name: 'file', filename: 'beslut IFO-4711.pdf', content: samplePdf() },
        { name: 'file', filename: 'utredning.png', content: samplePng() },
      ])
      .expect(201);
    expect(uploaded.body).toEqual({
      items: [
        {
          id: expect.any(String),
          fileName: 'beslut IFO-4711.pdf',
          contentType: 'application/pdf',
          sizeBytes: samplePdf().length,
        },
        { id: expect.any(String), fileName: 'utredning.png', contentType: 'image/png', sizeBytes: samplePng().length },
      ],
    });
    const [letterId] = uploaded.body.items.map((item: { id: string }) => item.id);

    const documents = await caseworker.get(`/api/staff/cases/${caseId}/documents`).expect(200);
    expect(documents.body.items).toContainEqual(
      expect.objectContaining({
        id: letterId,
        category: 'document',
        messageId: null,
        uploadedBy: { kind: 'integration', name: null },
      }),
    );
    // The case system reads it back like any file of the case.
    const readBack = await api.get(`/cases/${caseId}/attachments/${letterId}`).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(readBack.body as Buffer, samplePdf())).toBe(0);
    await agent.get(`/api/applicant/cases/${caseId}/attachments/${letterId}/content`).expect(404);
    const events = await t.database.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, 'documents_added')));
    expect(events).toMatchObject([
      {
        actorKind: 'integration',
        actorId: client.clientId,
        data: { attachmentIds: uploaded.body.items.map((item: { id: string }) => item.id) },
      },
    ]);
  });

  it('stores all files of a request or none, with the same refusals as a caseworker upload', async () => {
    const { api, caseId, municipality } = await setUp();
    const refused = await api
      .upload(caseId, [
        { name: 'file', filename: 'brev.pdf', content: samplePdf() },
        { name: 'file', filename: 'anteckning.pdf', content: Buffer.from('inte en pdf') },
      ])
      .expect(415);
    expect(refused.body.type).toBe('urn:ebistans:problem:unsupported-file-type');
    const tooLarge = await api
      .upload(caseId, [{ name: 'file', filename: 'stor.png', content: samplePng(UPLOAD_MAX_BYTES) }])
      .expect(413);
    expect(tooLarge.body.type).toBe('urn:ebistans:problem:file-too-large');
    const badName = await api
      .upload(caseId, [{ name: 'file', filename: '../brev.pdf', content: samplePdf() }])
      .expect(400);
    expect(badName.body.type).toBe('urn:ebistans:problem:invalid-file-name');
    await api.upload(caseId, [{ name: 'note', value: 'ingen fil' }]).expect(400);
    await api.post(`/cases/${caseId}/documents`).send({ file: 'x' }).expect(415);
    expect(await uploadedRows(caseId)).toEqual([]);
    expect(storedObjects(municipality.id)).toEqual([]);
  });

  it('stores a retried upload once and refuses the key with other files', async () => {
    const { api, caseId, municipality } = await setUp();
    const key = crypto.randomUUID();
    const parts = [{ name: 'file', filename: 'beslut.pdf', content: samplePdf() }];
    const first = await api.upload(caseId, parts, key).expect(201);
    const retried = await api.upload(caseId, parts, key).expect(201);
    expect(retried.body).toEqual(first.body);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    const reused = await api
      .upload(caseId, [{ name: 'file', filename: 'beslut.pdf', content: samplePng() }], key)
      .expect(422);
    expect(reused.body.type).toBe('urn:ebistans:problem:idempotency-key-reused');
    expect(await uploadedRows(caseId)).toHaveLength(1);
    expect(storedObjects(municipality.id)).toHaveLength(1);
  });
});

describe('integration API: message attachments', () => {
  it("sends the case system's documents with a message; the applicant opens them and the caseworker sees it", async () => {
    const { api, caseId, caseworker, agent } = await setUp();
    const uploaded = await api
      .upload(caseId, [
        { name: 'file', filename: 'beslut.pdf', content: samplePdf() },
        { name: 'file', filename: 'intern.pdf', content: samplePdf() },
      ])
      .expect(201);
    const [sentId, keptId] = (uploaded.body.items as { id: string }[]).map((item) => item.id);
    const sent = await api
      .post(`/cases/${caseId}/messages`)
      .send({ body: 'Här är beslutet.', attachmentIds: [sentId] })
      .expect(201);

    const thread = await agent.get(`/api/applicant/cases/${caseId}/messages`).expect(200);
    expect(thread.body.items).toMatchObject([
      { id: sent.body.id, attachments: [{ id: sentId, fileName: 'beslut.pdf', contentType: 'application/pdf' }] },
    ]);
    const opened = await agent
      .get(`/api/applicant/cases/${caseId}/attachments/${sentId}/content`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(opened.body as Buffer, samplePdf())).toBe(0);
    await agent.get(`/api/applicant/cases/${caseId}/attachments/${keptId}/content`).expect(404);

    // The download receipt: the caseworker sees that the applicant has opened it.
    const documents = await caseworker.get(`/api/staff/cases/${caseId}/documents`).expect(200);
    const byId = (id: string | undefined) => (documents.body.items as { id: string }[]).find((item) => item.id === id);
    expect(byId(sentId)).toMatchObject({ messageId: sent.body.id, applicantDownloadedAt: expect.any(String) });
    expect(byId(keptId)).toMatchObject({ messageId: null, applicantDownloadedAt: null });
  });

  it("refuses a document already sent, another case's or the applicant's own, and sends nothing then", async () => {
    const { api, caseId, agent } = await setUp();
    const other = await setUp();
    const [mine] = (await api.upload(caseId, [{ name: 'file', filename: 'a.pdf', content: samplePdf() }]).expect(201))
      .body.items;
    const [theirs] = (
      await other.api.upload(other.caseId, [{ name: 'file', filename: 'b.pdf', content: samplePdf() }]).expect(201)
    ).body.items;
    const receipt = multipartBody([
      { name: 'category', value: 'salary_slip' },
      { name: 'file', filename: 'kvitto.png', content: samplePng() },
    ]);
    const applicantFile = (
      await agent
        .post(`/api/applicant/cases/${caseId}/attachments`)
        .set('content-type', receipt.contentType)
        .send(receipt.body)
        .expect(201)
    ).body.items[0].id as string;
    await api
      .post(`/cases/${caseId}/messages`)
      .send({ body: 'Första', attachmentIds: [mine.id] })
      .expect(201);

    for (const attachmentIds of [[mine.id], [theirs.id], [applicantFile], [crypto.randomUUID()]]) {
      const refused = await api.post(`/cases/${caseId}/messages`).send({ body: 'Igen', attachmentIds }).expect(404);
      expect(refused.body.type).toBe('urn:ebistans:problem:not-found');
    }
    await api
      .post(`/cases/${caseId}/messages`)
      .send({ body: 'För många', attachmentIds: Array.from({ length: 11 }, () => crypto.randomUUID()) })
      .expect(400);
    expect((await agent.get(`/api/applicant/cases/${caseId}/messages`).expect(200)).body.items).toHaveLength(1);
  });
});

describe('integration API: write access', () => {
  it("answers 404 for another municipality's case and for test cases, and 403 without the scope", async () => {
    const { api, municipality, caseId, agent } = await setUp();
    const elsewhere = await createMunicipality(t.database.db);
    const stranger = await createApplicant(t.database.db, elsewhere.id);
    const strangerAgent = await loginApplicant(t.app, stranger, elsewhere.slug, TEST_PASSWORD);
    const foreign = (await strangerAgent.post('/api/applicant/applications').send(validApplication()).expect(201)).body
      .id as string;
    const testCase = (await agent.post('/api/applicant/applications').send(validApplication()).expect(201)).body
      .id as string;
    await t.database.db.update(cases).set({ isTest: true }).where(eq(cases.id, testCase));
    for (const hidden of [foreign, testCase]) {
      await api.post(`/cases/${hidden}/status`).send({ status: 'in_progress' }).expect(404);
      await api.post(`/cases/${hidden}/messages`).send({ body: 'Hej' }).expect(404);
      await api.upload(hidden, [{ name: 'file', filename: 'brev.pdf', content: samplePdf() }]).expect(404);
    }
    expect(await uploadedRows(foreign)).toEqual([]);

    // Each write needs its own scope.
    const withoutCasesWrite = await createIntegrationClient(t.database.db, municipality.id, [
      'cases:read',
      'messages:write',
    ]);
    const withoutMessagesWrite = await createIntegrationClient(t.database.db, municipality.id, [
      'cases:read',
      'cases:write',
    ]);
    const as = async (client: typeof withoutCasesWrite) => `Bearer ${await integrationToken(t.app, client)}`;
    const statusRefused = await request(t.app.server)
      .post(`/api/v1/cases/${caseId}/status`)
      .set('authorization', await as(withoutCasesWrite))
      .send({ status: 'in_progress' })
      .expect(403);
    expect(statusRefused.body.type).toBe('urn:ebistans:problem:forbidden');
    await request(t.app.server)
      .post(`/api/v1/cases/${caseId}/messages`)
      .set('authorization', await as(withoutMessagesWrite))
      .send({ body: 'Hej' })
      .expect(403);
    const upload = multipartBody([{ name: 'file', filename: 'brev.pdf', content: samplePdf() }]);
    await request(t.app.server)
      .post(`/api/v1/cases/${caseId}/documents`)
      .set('authorization', await as(withoutCasesWrite))
      .set('content-type', upload.contentType)
      .send(upload.body)
      .expect(403);
    expect(await uploadedRows(caseId)).toEqual([]);
    const [stored] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(stored?.status).toBe('submitted');
  });
});
