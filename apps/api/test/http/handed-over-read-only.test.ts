import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { samplePdf } from '@ebistans/testing';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { createStaff, TEST_PASSWORD, validApplication } from '../helpers/fixtures.js';
import { loginStaff } from '../helpers/login.js';
import { multipartBody } from '../helpers/multipart.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
const dataDir = mkdtempSync(path.join(tmpdir(), 'ebistans-handed-over-'));

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dataDir });
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const HANDED_OVER = 'urn:ebistans:problem:case-handed-over';

/** Every staff change of a case, each with a body the route accepts, so only the hand-over can refuse it. */
function writes(caseId: string, colleagueId: string): [string, (agent: request.Agent) => request.Test][] {
  const base = `/api/staff/cases/${caseId}`;
  const document = multipartBody([
    { name: 'category', value: 'document' },
    { name: 'file', filename: 'brev.pdf', content: samplePdf() },
  ]);
  return [
    ['status', (agent) => agent.post(`${base}/status`).send({ status: 'in_progress' })],
    ['colour', (agent) => agent.put(`${base}/colour`).send({ colour: 'red' })],
    [
      'external case number',
      (agent) => agent.put(`${base}/external-case-number`).send({ externalCaseNumber: 'IFO-1' }),
    ],
    ['take', (agent) => agent.post(`${base}/take`)],
    ['assign', (agent) => agent.put(`${base}/assignees`).send({ staffIds: [colleagueId] })],
    ['step off', (agent) => agent.delete(`${base}/assignees/me`)],
    [
      'supplement request',
      (agent) =>
        agent
          .post(`${base}/supplement-requests`)
          .send({ message: 'Skicka hyresavin.', dueDate: '2026-12-05', receiptCategories: [] }),
    ],
    ['message', (agent) => agent.post(`${base}/messages`).send({ body: 'Hej!' })],
    ['note', (agent) => agent.post(`${base}/notes`).send({ body: 'Anteckning' })],
    [
      'decision',
      (agent) =>
        agent.post(`${base}/decision`).send({
          outcome: 'bifall',
          amount: 1000,
          motivation: null,
          costs: [],
          incomes: [],
          hindrances: { applicant: 'unemployed_no_benefit' },
        }),
    ],
    [
      'answers',
      (agent) =>
        agent.put(`${base}/answers`).send({ data: { ...validApplication().data, rent: 7600 }, reason: 'Rättat' }),
    ],
    [
      'document',
      (agent) => agent.post(`${base}/documents`).set('content-type', document.contentType).send(document.body),
    ],
  ];
}

describe('a handed-over case', () => {
  it('refuses every staff change with case-handed-over, stays readable, and takes changes again after undo', async () => {
    const { caseworker, caseId, municipality } = await submittedCaseWithCaseworker(t);
    const colleague = await createStaff(t.database.db, municipality.id);
    await caseworker.post(`/api/staff/cases/${caseId}/take`).expect(200);
    await caseworker.post(`/api/staff/cases/${caseId}/hand-over`).expect(200);

    for (const [name, write] of writes(caseId, colleague.id)) {
      const refused = await write(caseworker);
      expect(refused.status, name).toBe(409);
      expect(refused.body.type, name).toBe(HANDED_OVER);
      expect(refused.body.detail, name).toMatch(/övertaget/);
    }

    const base = `/api/staff/cases/${caseId}`;
    const view = await caseworker.get(base).expect(200);
    expect(view.body).toMatchObject({ status: 'submitted', colour: null, externalCaseNumber: null });
    expect(view.body.handedOverAt).not.toBeNull();
    const events = await caseworker.get(`${base}/events`).expect(200);
    expect(events.body.items.map((event: { type: string }) => event.type)).toEqual([
      'submitted',
      'assigned',
      'handed_over',
    ]);
    expect((await caseworker.get(`${base}/messages`).expect(200)).body.items).toEqual([]);
    expect((await caseworker.get(`${base}/notes`).expect(200)).body.items).toEqual([]);
    expect((await caseworker.get(`${base}/documents`).expect(200)).body.items).toEqual([]);
    await caseworker.get(`${base}/supplements`).expect(200);
    await caseworker.get(`${base}/answers/edits`).expect(200);
    const proposal = await caseworker.get(`${base}/decision-proposal`).expect(200);
    expect(proposal.body).toMatchObject({ decision: null, canDecide: false });

    // The personal flag is the caseworker's own bookmark, not a change of the case.
    await caseworker.put(`${base}/flag`).expect(204);
    await caseworker.delete(`${base}/flag`).expect(204);

    await caseworker.delete(`${base}/hand-over`).expect(200, { handedOverAt: null });
    await caseworker.post(`${base}/notes`).send({ body: 'Åter hos oss' }).expect(201);
    await caseworker.post(`${base}/status`).send({ status: 'in_progress' }).expect(200);
    expect((await caseworker.get(`${base}/decision-proposal`).expect(200)).body.canDecide).toBe(true);
  });

  it('refuses an assistant the same way', async () => {
    const { caseworker, caseId, municipality } = await submittedCaseWithCaseworker(t);
    const assistant = await loginStaff(
      t.app,
      await createStaff(t.database.db, municipality.id, { role: 'assistant' }),
      TEST_PASSWORD,
    );
    await caseworker.post(`/api/staff/cases/${caseId}/hand-over`).expect(200);
    const refused = await assistant.post(`/api/staff/cases/${caseId}/notes`).send({ body: 'Hej' }).expect(409);
    expect(refused.body.type).toBe(HANDED_OVER);
  });
});
