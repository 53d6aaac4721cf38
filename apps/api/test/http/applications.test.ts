import { count, eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments, caseEvents, cases, sendLaterReceipts } from '../../src/db/schema/index.js';
import {
  createApplicant,
  createMunicipality,
  createStaff,
  TEST_PASSWORD,
  TEST_PERIOD,
  validApplication,
} from '../helpers/fixtures.js';
import { loginApplicant, loginStaff } from '../helpers/login.js';
import { multipartBody } from '../helpers/multipart.js';
import { binary, pdfText } from '../helpers/pdf.js';
import { samplePdf } from '@ebistans/testing';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const application = validApplication();

async function newApplicant() {
  const municipality = await createMunicipality(t.database.db);
  const applicant = await createApplicant(t.database.db, municipality.id);
  const agent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
  return { municipality, applicant, agent };
}

describe('submitting an application', () => {
  it('creates a case with a municipality-scoped case number and a submitted event', async () => {
    const { agent } = await newApplicant();
    const year = new Date().getFullYear();
    const first = await agent.post('/api/applicant/applications').send(application).expect(201);
    const second = await agent.post('/api/applicant/applications').send(application).expect(201);
    expect(first.body).toMatchObject({ caseNumber: `${year}-000001`, status: 'submitted' });
    expect(second.body.caseNumber).toBe(`${year}-000002`);

    const events = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, first.body.id));
    expect(events.map((event) => event.type)).toEqual(['submitted']);
  });

  it('numbers each municipality on its own', async () => {
    const { agent } = await newApplicant();
    const response = await agent.post('/api/applicant/applications').send(application).expect(201);
    expect(response.body.caseNumber).toMatch(/-000001$/);
  });

  it('refuses an invalid application with field errors in Swedish and leaves no case behind', async () => {
    const { agent, applicant } = await newApplicant();
    const response = await agent
      .post('/api/applicant/applications')
      .send({ ...application, data: { ...application.data, rent: -5, declaration: false } })
      .expect(422);
    expect(response.body.type).toBe('urn:ebistans:problem:invalid-form');
    expect(response.body.errors).toEqual([
      { path: 'rent', code: 'kronor_invalid', message: 'Ange ett belopp i hela kronor, utan ören.' },
      expect.objectContaining({ path: 'declaration', code: 'declaration_required' }),
    ]);
    const [stored] = await t.database.db.select({ n: count() }).from(cases).where(eq(cases.applicantId, applicant.id));
    expect(stored?.n).toBe(0);
  });

  it('does not store answers to hidden follow-up questions', async () => {
    const { agent } = await newApplicant();
    const created = await agent
      .post('/api/applicant/applications')
      .send({ ...application, data: { ...application.data, hasIncome: false } })
      .expect(201);
    const mine = await agent.get(`/api/applicant/cases/${created.body.id}`).expect(200);
    expect(mine.body.data).not.toHaveProperty('incomes');
  });

  it("checks the answers against the applicant's own personnummer", async () => {
    const { agent, applicant } = await newApplicant();
    const coApplicant = { ...(application.data.coApplicant as object), personnummer: applicant.personnummer };
    const response = await agent
      .post('/api/applicant/applications')
      .send({ ...application, data: { ...application.data, coApplicant } })
      .expect(422);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ path: 'coApplicant.personnummer', code: 'person_duplicate' }),
    ]);
  });

  it('refuses the previous form version, and a supplement as if it were an application', async () => {
    const { agent } = await newApplicant();
    const outdated = await agent
      .post('/api/applicant/applications')
      .send({ ...application, formVersion: 1 })
      .expect(422);
    expect(outdated.body.type).toBe('urn:ebistans:problem:form-outdated');
    const supplement = await agent
      .post('/api/applicant/applications')
      .send({ formId: 'komplettering', formVersion: 1, data: {} })
      .expect(422);
    expect(supplement.body.type).toBe('urn:ebistans:problem:not-an-application');
  });

  it('refuses an unknown form version', async () => {
    const { agent } = await newApplicant();
    const response = await agent
      .post('/api/applicant/applications')
      .send({ ...application, formVersion: 99 })
      .expect(422);
    expect(response.body.type).toBe('urn:ebistans:problem:unknown-form');
  });
});

describe('submitting once, with its PDF', () => {
  it('makes one case however often the same submission is retried, also at the same moment', async () => {
    const { agent, applicant } = await newApplicant();
    const key = 'b7c1d2e3-0000-4000-8000-000000000001';
    const first = await agent
      .post('/api/applicant/applications')
      .set('idempotency-key', key)
      .send(application)
      .expect(201);
    const retry = await agent
      .post('/api/applicant/applications')
      .set('idempotency-key', key)
      .send(application)
      .expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');

    const other = 'b7c1d2e3-0000-4000-8000-000000000002';
    const doubleClick = await Promise.all(
      [1, 2, 3].map(() => agent.post('/api/applicant/applications').set('idempotency-key', other).send(application)),
    );
    expect(new Set(doubleClick.map((response) => String(response.body.id))).size).toBe(1);
    const [stored] = await t.database.db.select({ n: count() }).from(cases).where(eq(cases.applicantId, applicant.id));
    expect(stored?.n).toBe(2);
  });

  it('stores a PDF of the application that the applicant can download, and no one else', async () => {
    const { agent, municipality } = await newApplicant();
    const created = await agent.post('/api/applicant/applications').send(application).expect(201);
    const response = await agent
      .get(`/api/applicant/cases/${created.body.id}/pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain(`ansokan-${created.body.caseNumber}.pdf`);
    const { text } = await pdfText(response.body as Buffer);
    expect(text).toContain(`Ärende ${created.body.caseNumber}`);

    const other = await createApplicant(t.database.db, municipality.id);
    const otherAgent = await loginApplicant(t.app, other, municipality.slug, TEST_PASSWORD);
    await otherAgent.get(`/api/applicant/cases/${created.body.id}/pdf`).expect(404);
  });

  it('leaves no case behind when the PDF cannot be stored', async () => {
    const broken = await createTestApp({
      S3_BUCKET: 'ebistans',
      S3_ENDPOINT: 'http://127.0.0.1:9',
      S3_ACCESS_KEY_ID: 'test',
      S3_SECRET_ACCESS_KEY: 'testtesttest',
      S3_FORCE_PATH_STYLE: 'true',
    });
    try {
      const municipality = await createMunicipality(broken.database.db);
      const applicant = await createApplicant(broken.database.db, municipality.id);
      const agent = await loginApplicant(broken.app, applicant, municipality.slug, TEST_PASSWORD);
      const response = await agent.post('/api/applicant/applications').send(application).expect(500);
      expect(response.body.type).toBe('urn:ebistans:problem:internal');
      const [stored] = await broken.database.db.select({ n: count() }).from(cases);
      expect(stored?.n).toBe(0);
    } finally {
      await broken.close();
    }
  });
});

describe('submitting with the receipts of the draft', () => {
  it('hands the draft’s files and send-later marks to the case, lists them in the PDF, and removes the draft', async () => {
    const { agent, applicant } = await newApplicant();
    const formId = application.formId;
    await agent.put('/api/applicant/drafts/current').send({ formId, data: application.data }).expect(200);
    const { body, contentType } = multipartBody([
      { name: 'category', value: 'rent_notice' },
      { name: 'requirementId', value: 'rent_notice' },
      { name: 'file', filename: 'hyresavi-december.pdf', content: samplePdf() },
    ]);
    await agent
      .post('/api/applicant/drafts/current/attachments')
      .query({ formId })
      .set('content-type', contentType)
      .send(body)
      .expect(201);
    await agent
      .put('/api/applicant/drafts/current/receipts/cost_invoice:costs.0')
      .query({ formId })
      .send({ sendLater: true })
      .expect(200);

    const created = await agent.post('/api/applicant/applications').send(application).expect(201);
    await agent.get('/api/applicant/drafts/current').query({ formId }).expect(404);
    const files = await t.database.db.select().from(attachments).where(eq(attachments.uploadedById, applicant.id));
    expect(files.map((file) => [file.caseId, file.draftId])).toEqual([[created.body.id, null]]);
    const marks = await t.database.db
      .select()
      .from(sendLaterReceipts)
      .where(eq(sendLaterReceipts.caseId, created.body.id));
    expect(marks.map((mark) => mark.requirementId)).toEqual(['cost_invoice:costs.0']);

    const pdf = await agent.get(`/api/applicant/cases/${created.body.id}/pdf`).buffer(true).parse(binary).expect(200);
    const { text } = await pdfText(pdf.body as Buffer);
    expect(text).toContain('Hyresavi för den månad du söker för Bifogad (hyresavi-december.pdf)');
    expect(text).toContain('Räkning eller kvitto: Hushållsel Skickas senare');
  });
});

describe("reading one's own cases", () => {
  it('lists and shows my cases', async () => {
    const { agent } = await newApplicant();
    const created = await agent.post('/api/applicant/applications').send(application).expect(201);
    const list = await agent.get('/api/applicant/cases').expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: created.body.id, period: TEST_PERIOD, status: 'submitted' }),
    ]);
    const one = await agent.get(`/api/applicant/cases/${created.body.id}`).expect(200);
    expect(one.body.data).toMatchObject({
      rent: 7400,
      children: [expect.objectContaining({ name: 'Alva Tolvansson' }), expect.objectContaining({ daysPerMonth: 15 })],
    });
  });

  it('gives another applicant 404 for my case, even in the same municipality, and does not list it', async () => {
    const { agent, municipality } = await newApplicant();
    const created = await agent.post('/api/applicant/applications').send(application).expect(201);

    const other = await createApplicant(t.database.db, municipality.id);
    const otherAgent = await loginApplicant(t.app, other, municipality.slug, TEST_PASSWORD);
    const response = await otherAgent.get(`/api/applicant/cases/${created.body.id}`).expect(404);
    expect(response.body.type).toBe('urn:ebistans:problem:not-found');
    expect((await otherAgent.get('/api/applicant/cases').expect(200)).body.items).toEqual([]);
  });

  it('requires an applicant login', async () => {
    const { municipality } = await newApplicant();
    await request(t.app.server).get('/api/applicant/cases').expect(401);
    const member = await createStaff(t.database.db, municipality.id);
    const staffAgent = await loginStaff(t.app, member, TEST_PASSWORD);
    await staffAgent.get('/api/applicant/cases').expect(403);
    await staffAgent.post('/api/applicant/applications').send(application).expect(403);
  });
});
