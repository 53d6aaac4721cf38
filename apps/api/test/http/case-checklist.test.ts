import { MONTHLY_APPLICATION_FORM_ID } from '@ebistans/schema';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createApplicant,
  createMunicipality,
  createStaff,
  TEST_PASSWORD,
  validApplication,
} from '../helpers/fixtures.js';
import { loginApplicant, loginStaff } from '../helpers/login.js';
import { multipartBody, type Part } from '../helpers/multipart.js';
import { sampleJpeg, samplePdf } from '@ebistans/testing';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const formId = MONTHLY_APPLICATION_FORM_ID;
const query = { formId };
const draftPath = '/api/applicant/drafts/current';
const checklistOf = (caseId: string) => `/api/applicant/cases/${caseId}/checklist`;

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Item = { id: string; status: string; sendLater: boolean; attachments: { fileName: string }[] };
type Checklist = { items: Item[]; unmatched: { fileName: string }[] };
const itemOf = (checklist: Checklist, id: string) => checklist.items.find((item) => item.id === id);

async function newApplicant(municipality?: { id: string; slug: string }) {
  const home = municipality ?? (await createMunicipality(t.database.db));
  const applicant = await createApplicant(t.database.db, home.id);
  const agent = await loginApplicant(t.app, applicant, home.slug, TEST_PASSWORD);
  return { municipality: home, agent };
}

function upload(agent: request.Agent, parts: Part[]) {
  const { body, contentType } = multipartBody(parts);
  return agent.post(`${draftPath}/attachments`).query(query).set('content-type', contentType).send(body);
}

const file = (filename: string, content: Buffer): Part => ({ name: 'file', filename, content });

/** Fills a draft with the example family's answers, attaches two files, marks one receipt and submits. */
async function submitWithReceipts(agent: request.Agent) {
  const application = validApplication();
  await agent.put(draftPath).send({ formId, data: application.data }).expect(200);
  await upload(agent, [
    { name: 'category', value: 'rent_notice' },
    { name: 'requirementId', value: 'rent_notice' },
    file('hyresavi.pdf', samplePdf()),
  ]).expect(201);
  await upload(agent, [{ name: 'category', value: 'other' }, file('brev.jpg', sampleJpeg())]).expect(201);
  await agent
    .put(`${draftPath}/receipts/${encodeURIComponent('salary_slip:co_applicant')}`)
    .query(query)
    .send({ sendLater: true })
    .expect(200);
  const created = await agent.post('/api/applicant/applications').send(application).expect(201);
  return created.body.id as string;
}

describe("a submitted case's receipt checklist", () => {
  it('shows what was attached, marked to be sent later and is missing, as handed over from the draft', async () => {
    const { agent } = await newApplicant();
    const caseId = await submitWithReceipts(agent);

    const checklist = (await agent.get(checklistOf(caseId)).expect(200)).body as Checklist;
    expect(itemOf(checklist, 'rent_notice')).toMatchObject({
      status: 'attached',
      attachments: [{ fileName: 'hyresavi.pdf' }],
    });
    expect(itemOf(checklist, 'salary_slip:co_applicant')).toMatchObject({ status: 'send_later', sendLater: true });
    expect(itemOf(checklist, 'rent_payment')?.status).toBe('missing');
    expect(checklist.unmatched.map((unmatched) => unmatched.fileName)).toEqual(['brev.jpg']);
    // Every receipt the answers call for is listed, each with a label and a reason to show.
    expect(checklist.items.map((item) => item.id)).toContain('bank_statements:applicant');

    // The draft went to the case: there is nothing left to mark or list under the draft.
    await agent.get(`${draftPath}/checklist`).query(query).expect(404);
  });

  it('lists every receipt as missing for a case submitted without a draft', async () => {
    const { agent } = await newApplicant();
    const created = await agent.post('/api/applicant/applications').send(validApplication()).expect(201);
    const checklist = (await agent.get(checklistOf(created.body.id as string)).expect(200)).body as Checklist;
    expect(checklist.items.length).toBeGreaterThan(0);
    expect(checklist.items.every((item) => item.status === 'missing' && item.attachments.length === 0)).toBe(true);
    expect(checklist.unmatched).toEqual([]);
  });

  it("is not found for another applicant's case, in the same municipality or another, nor for an unknown id", async () => {
    const owner = await newApplicant();
    const caseId = await submitWithReceipts(owner.agent);
    const neighbour = await newApplicant(owner.municipality);
    const elsewhere = await newApplicant();

    for (const other of [neighbour.agent, elsewhere.agent]) {
      const refused = await other.get(checklistOf(caseId)).expect(404);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ type: 'urn:ebistans:problem:not-found' });
      expect(JSON.stringify(refused.body)).not.toContain('hyresavi');
    }
    await owner.agent.get(checklistOf('00000000-0000-4000-8000-000000000000')).expect(404);
    await owner.agent.get(checklistOf('not-a-uuid')).expect(400);
  });

  it('needs an applicant session', async () => {
    const { agent, municipality } = await newApplicant();
    const caseId = await submitWithReceipts(agent);
    await t.app.inject({ method: 'GET', url: checklistOf(caseId) }).then((response) => {
      expect(response.statusCode).toBe(401);
    });
    const member = await createStaff(t.database.db, municipality.id);
    const caseworker = await loginStaff(t.app, member, TEST_PASSWORD);
    await caseworker.get(checklistOf(caseId)).expect(403);
  });
});
