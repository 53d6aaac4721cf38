import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { MONTHLY_APPLICATION_FORM_ID, exampleMonthlyApplication } from '@ebistans/schema';
import { eq } from 'drizzle-orm';
import S3rver from 's3rver';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments } from '../../src/db/schema/index.js';
import { createApplicant, createMunicipality, TEST_PASSWORD, TEST_PERIOD } from '../helpers/fixtures.js';
import { loginApplicant } from '../helpers/login.js';
import { multipartBody, type Part } from '../helpers/multipart.js';
import { sampleJpeg, samplePdf, samplePng } from '@ebistans/testing';
import { binary } from '../helpers/pdf.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const BUCKET = 'verifikat';
const MAX_BYTES = 6 * 1024 * 1024; // above S3's 5 MiB part size, so a too-large upload is a multipart one
const formId = MONTHLY_APPLICATION_FORM_ID;
const query = { formId };
const draftPath = '/api/applicant/drafts/current';
const filesPath = `${draftPath}/attachments`;

const root = mkdtempSync(path.join(tmpdir(), 'ebistans-attachments-'));
const folderDataDir = path.join(root, 'data');
let s3: S3rver;
let s3Endpoint = '';

beforeAll(async () => {
  s3 = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: path.join(root, 's3'),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { address, port } = (await s3.run()) as { address: string; port: number };
  s3Endpoint = `http://${address}:${port}`;
});

afterAll(async () => {
  await s3.close();
  rmSync(root, { recursive: true, force: true });
});

/** Where a store under test keeps its objects, read directly rather than through the app. */
interface StoreUnderTest {
  env(): Record<string, string>;
  keys(prefix: string): Promise<string[]>;
}

const stores: [string, StoreUnderTest][] = [
  [
    'folder',
    {
      env: () => ({ DATA_DIR: folderDataDir }),
      keys: async (prefix) => {
        const directory = path.join(folderDataDir, 'files', prefix);
        try {
          return readdirSync(directory, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => path.relative(path.join(folderDataDir, 'files'), path.join(entry.parentPath, entry.name)));
        } catch {
          return [];
        }
      },
    },
  ],
  [
    's3',
    {
      env: () => ({
        S3_BUCKET: BUCKET,
        S3_ENDPOINT: s3Endpoint,
        S3_ACCESS_KEY_ID: 'S3RVER',
        S3_SECRET_ACCESS_KEY: 'S3RVER',
        S3_FORCE_PATH_STYLE: 'true',
      }),
      keys: async (prefix) => {
        const client = new S3Client({
          region: 'eu-north-1',
          endpoint: s3Endpoint,
          forcePathStyle: true,
          credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
        });
        const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
        client.destroy();
        return (listed.Contents ?? []).map((object) => object.Key!);
      },
    },
  ],
];

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

async function applicantWithDraft(t: TestApp, data: Record<string, unknown> = { rent: 7400 }) {
  const municipality = await createMunicipality(t.database.db);
  const applicant = await createApplicant(t.database.db, municipality.id);
  const agent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
  await agent.put(draftPath).send({ formId, data }).expect(200);
  return { municipality, applicant, agent, prefix: `${municipality.id}/` };
}

function upload(agent: request.Agent, parts: Part[]) {
  const { body, contentType } = multipartBody(parts);
  return agent.post(filesPath).query(query).set('content-type', contentType).send(body);
}

const category = (value: string): Part => ({ name: 'category', value });
const file = (filename: string, content: Buffer): Part => ({ name: 'file', filename, content });

async function rowsOf(t: TestApp, applicantId: string) {
  return t.database.db.select().from(attachments).where(eq(attachments.uploadedById, applicantId));
}

describe.each(stores)('receipts in the %s store', (_kind, store) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ...store.env(), UPLOAD_MAX_BYTES: String(MAX_BYTES) });
  });
  afterAll(() => t.close());

  it('stores a real PDF, JPEG and PNG with the type sniffed from the bytes, and gives each back', async () => {
    const { agent, prefix } = await applicantWithDraft(t);
    const samples = [
      { name: 'hyresavi maj.pdf', content: samplePdf(), type: 'application/pdf' },
      { name: 'kvitto.jpg', content: sampleJpeg(), type: 'image/jpeg' },
      // The name says PDF, the bytes say PNG: the bytes win, and the download is named for them.
      { name: 'elräkning.pdf', content: samplePng(), type: 'image/png' },
    ];
    const response = await upload(agent, [
      category('rent_notice'),
      { name: 'requirementId', value: 'rent_notice' },
      ...samples.map((sample) => file(sample.name, sample.content)),
    ]).expect(201);

    expect(response.body.items).toEqual(
      samples.map((sample) => ({
        id: expect.any(String),
        category: 'rent_notice',
        requirementId: 'rent_notice',
        fileName: sample.name,
        contentType: sample.type,
        sizeBytes: sample.content.length,
        sha256: sha256(sample.content),
        createdAt: expect.any(String),
      })),
    );
    expect((await store.keys(prefix)).sort()).toEqual(
      response.body.items.map((item: { id: string }) => `${prefix}attachments/${item.id}`).sort(),
    );
    const list = await agent.get(filesPath).query(query).expect(200);
    expect(list.body.items).toEqual(response.body.items);

    for (const [index, sample] of samples.entries()) {
      const download = await agent
        .get(`${filesPath}/${response.body.items[index].id}/content`)
        .query(query)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(Buffer.compare(download.body as Buffer, sample.content)).toBe(0);
      expect(download.headers['content-type']).toBe(sample.type);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['content-disposition']).toMatch(/^attachment; filename="[A-Za-z0-9._ -]+"; filename\*=/);
    }
    const png = await agent.get(`${filesPath}/${response.body.items[2].id}/content`).query(query).expect(200);
    expect(png.headers['content-disposition']).toBe(
      `attachment; filename="elrakning.pdf.png"; filename*=UTF-8''elr%C3%A4kning.pdf.png`,
    );
  });

  it('refuses a text file named .pdf, and stores nothing', async () => {
    const { agent, applicant, prefix } = await applicantWithDraft(t);
    const response = await upload(agent, [
      category('rent_notice'),
      file('hyresavi.pdf', Buffer.from('Hyra 7400 kr')),
    ]).expect(415);
    expect(response.body).toMatchObject({
      type: 'urn:ebistans:problem:unsupported-file-type',
      detail: expect.stringContaining('är inte en PDF eller en bild'),
    });
    expect(await rowsOf(t, applicant.id)).toEqual([]);
    expect(await store.keys(prefix)).toEqual([]);
  });

  it('aborts a file larger than the limit, leaving no row and no object', async () => {
    const { agent, applicant, prefix } = await applicantWithDraft(t);
    const response = await upload(agent, [
      category('bank_statements'),
      file('kontoutdrag.png', samplePng(MAX_BYTES)),
    ]).expect(413);
    expect(response.body).toMatchObject({
      type: 'urn:ebistans:problem:file-too-large',
      detail: expect.stringContaining('är större än 6 MB'),
    });
    expect(await rowsOf(t, applicant.id)).toEqual([]);
    expect(await store.keys(prefix)).toEqual([]);
    // The connection is still good for the next request.
    await agent.get(filesPath).query(query).expect(200, { items: [] });
  });

  it('stores all files of a request or none', async () => {
    const { agent, applicant, prefix } = await applicantWithDraft(t);
    await upload(agent, [
      category('cost_invoice'),
      file('elräkning.pdf', samplePdf()),
      file('anteckning.pdf', Buffer.from('inte en pdf')),
    ]).expect(415);
    expect(await rowsOf(t, applicant.id)).toEqual([]);
    expect(await store.keys(prefix)).toEqual([]);
  });

  it('removes a file: its row and its object', async () => {
    const { agent, applicant, prefix } = await applicantWithDraft(t);
    const created = await upload(agent, [category('rent_notice'), file('hyresavi.pdf', samplePdf())]).expect(201);
    const id = created.body.items[0].id as string;
    await agent.delete(`${filesPath}/${id}`).query(query).expect(204);
    expect(await rowsOf(t, applicant.id)).toEqual([]);
    expect(await store.keys(prefix)).toEqual([]);
    await agent.get(`${filesPath}/${id}/content`).query(query).expect(404);
    await agent.delete(`${filesPath}/${id}`).query(query).expect(404);
  });

  it('removes the files from the store when the draft is discarded', async () => {
    const { agent, applicant, prefix } = await applicantWithDraft(t);
    await upload(agent, [category('rent_notice'), file('a.pdf', samplePdf()), file('b.png', samplePng())]).expect(201);
    expect(await store.keys(prefix)).toHaveLength(2);
    await agent.delete(draftPath).query(query).expect(204);
    expect(await rowsOf(t, applicant.id)).toEqual([]);
    expect(await store.keys(prefix)).toEqual([]);
  });
});

describe('uploads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['a path', '../../etc/hyresavi.pdf'],
    ['a folder', 'kvitton/hyresavi.pdf'],
    ['a Windows path', 'C:\\Users\\Tolvan\\hyresavi.pdf'],
    ['a control character', 'hyres\u0007avi.pdf'],
    ['a disguised extension', 'kvitto\u202Efdp.exe'],
  ])('refuses a file name with %s', async (_what, name) => {
    const { agent, applicant } = await applicantWithDraft(t);
    const response = await upload(agent, [category('rent_notice'), file(name, samplePdf())]).expect(400);
    expect(response.body).toMatchObject({
      type: 'urn:ebistans:problem:invalid-file-name',
      detail: expect.stringMatching(/^Filnamnet /),
    });
    expect(await rowsOf(t, applicant.id)).toEqual([]);
  });

  it('needs a receipt category before the file, a well-formed requirement id, and at least one file', async () => {
    const { agent } = await applicantWithDraft(t);
    const missing = await upload(agent, [file('hyresavi.pdf', samplePdf())]).expect(400);
    expect(missing.body).toMatchObject({
      type: 'urn:ebistans:problem:validation',
      errors: [{ path: 'category', code: 'receipt_category_invalid', message: 'Välj vilken sorts underlag filen är.' }],
    });
    await upload(agent, [category('pizza'), file('hyresavi.pdf', samplePdf())]).expect(400);
    await upload(agent, [
      category('rent_notice'),
      { name: 'requirementId', value: '../x' },
      file('a.pdf', samplePdf()),
    ]).expect(400);
    const none = await upload(agent, [category('rent_notice')]).expect(400);
    expect(none.body.errors[0].path).toBe('file');
  });

  it('needs a multipart body and a draft', async () => {
    const { agent } = await applicantWithDraft(t);
    const json = await agent.post(filesPath).query(query).send({ category: 'rent_notice' }).expect(415);
    expect(json.body.type).toBe('urn:ebistans:problem:unsupported-media-type');
    await agent.delete(draftPath).query(query).expect(204);
    await upload(agent, [category('rent_notice'), file('hyresavi.pdf', samplePdf())]).expect(404);
  });

  it('gives another applicant 404 for my files, with the real ids, whether or not they have a draft', async () => {
    const { agent, municipality } = await applicantWithDraft(t);
    const mine = await upload(agent, [category('rent_notice'), file('hyresavi.pdf', samplePdf())]).expect(201);
    const id = mine.body.items[0].id as string;

    const neighbour = await createApplicant(t.database.db, municipality.id);
    const other = await loginApplicant(t.app, neighbour, municipality.slug, TEST_PASSWORD);
    const elsewhere = await applicantWithDraft(t);
    for (const stranger of [other, elsewhere.agent]) {
      await stranger.get(`${filesPath}/${id}/content`).query(query).expect(404);
      await stranger.delete(`${filesPath}/${id}`).query(query).expect(404);
    }
    // Without a draft of their own, every draft endpoint is 404 for them.
    await other.get(filesPath).query(query).expect(404);
    await upload(other, [category('rent_notice'), file('hyresavi.pdf', samplePdf())]).expect(404);
    await other.get(`${draftPath}/checklist`).query(query).expect(404);
    await other.put(`${draftPath}/receipts/rent_notice`).query(query).send({ sendLater: true }).expect(404);
    // With one, they see only their own.
    await elsewhere.agent.get(filesPath).query(query).expect(200, { items: [] });

    await agent.get(`${filesPath}/${id}/content`).query(query).expect(200);
  });
});

describe('the receipt checklist', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  type Item = { id: string; status: string; sendLater: boolean; attachments: { id: string }[] };
  const statusOf = (body: { items: Item[] }, id: string) => body.items.find((item) => item.id === id)?.status;

  it('shows each receipt the answers call for as attached, to be sent later or missing', async () => {
    const { agent } = await applicantWithDraft(t, exampleMonthlyApplication(TEST_PERIOD));
    const checklist = (await agent.get(`${draftPath}/checklist`).query(query).expect(200)).body;
    expect(checklist.items.map((item: Item) => item.id)).toEqual([
      'bank_statements:applicant',
      'bank_statements:co_applicant',
      'salary_slip:co_applicant',
      'benefit_statement:incomes.2',
      'rent_notice',
      'rent_payment',
      'activity_report:applicant',
      'study_certificate:applicant',
      ...[0, 1, 2, 3, 4, 5].map((index) => `cost_invoice:costs.${index}`),
    ]);
    expect(checklist.items.every((item: Item) => item.status === 'missing')).toBe(true);
    expect(checklist.items[0]).toMatchObject({
      category: 'bank_statements',
      label: { sv: expect.stringContaining('Kontoutdrag'), en: expect.any(String) },
      person: 'applicant',
    });

    const rent = await upload(agent, [
      category('rent_notice'),
      { name: 'requirementId', value: 'rent_notice' },
      file('hyresavi.pdf', samplePdf()),
    ]).expect(201);
    let now = (await agent.get(`${draftPath}/checklist`).query(query).expect(200)).body;
    expect(statusOf(now, 'rent_notice')).toBe('attached');
    expect(now.items.find((item: Item) => item.id === 'rent_notice').attachments).toEqual(rent.body.items);

    now = (
      await agent
        .put(`${draftPath}/receipts/${encodeURIComponent('salary_slip:co_applicant')}`)
        .query(query)
        .send({ sendLater: true })
        .expect(200)
    ).body;
    expect(statusOf(now, 'salary_slip:co_applicant')).toBe('send_later');

    // A bill filed by category only counts for one of the bills.
    await upload(agent, [category('cost_invoice'), file('elräkning.pdf', samplePdf())]).expect(201);
    await upload(agent, [category('other'), file('brev.jpg', sampleJpeg())]).expect(201);
    now = (await agent.get(`${draftPath}/checklist`).query(query).expect(200)).body;
    expect(statusOf(now, 'cost_invoice:costs.0')).toBe('attached');
    expect(statusOf(now, 'cost_invoice:costs.1')).toBe('missing');
    expect(now.unmatched.map((item: { fileName: string }) => item.fileName)).toEqual(['brev.jpg']);

    // Marked and attached: the file counts; taking the file away leaves the mark.
    await agent.put(`${draftPath}/receipts/rent_notice`).query(query).send({ sendLater: true }).expect(200);
    await agent.delete(`${filesPath}/${rent.body.items[0].id}`).query(query).expect(204);
    now = (await agent.get(`${draftPath}/checklist`).query(query).expect(200)).body;
    expect(statusOf(now, 'rent_notice')).toBe('send_later');

    now = (
      await agent
        .put(`${draftPath}/receipts/salary_slip:co_applicant`)
        .query(query)
        .send({ sendLater: false })
        .expect(200)
    ).body;
    expect(statusOf(now, 'salary_slip:co_applicant')).toBe('missing');
  });

  it('follows the answers, and refuses to mark a receipt the answers do not call for', async () => {
    const { agent } = await applicantWithDraft(t, exampleMonthlyApplication(TEST_PERIOD));
    await agent.put(`${draftPath}/receipts/identity:applicant`).query(query).send({ sendLater: true }).expect(404);
    await agent.put(`${draftPath}/receipts/not an id`).query(query).send({ sendLater: true }).expect(400);

    const draft = (await agent.get(draftPath).query(query).expect(200)).body;
    await agent
      .put(draftPath)
      .send({ formId, revision: draft.revision, data: { ...draft.data, appliesForCosts: false } })
      .expect(200);
    const now = (await agent.get(`${draftPath}/checklist`).query(query).expect(200)).body;
    expect(now.items.some((item: Item) => item.id.startsWith('cost_invoice:'))).toBe(false);
  });
});
