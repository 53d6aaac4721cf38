import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleSupplement } from '@ebistans/schema';
import { auditLog, cases } from '../../src/db/schema/index.js';
import { createApplicant, createMunicipality, createStaff, TEST_PASSWORD, TEST_PERIOD } from '../helpers/fixtures.js';
import { loginApplicant, loginStaff } from '../helpers/login.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function statusOf(caseId: string) {
  const [row] = await t.database.db.select({ status: cases.status }).from(cases).where(eq(cases.id, caseId));
  return row?.status;
}

const request = {
  message: 'Skicka lönespecifikationen för november och ett kostnadsförslag från tandläkaren.',
  dueDate: '2026-12-05',
  receiptCategories: ['salary_slip', 'cost_invoice'],
};

describe('a supplement round-trip', () => {
  it('the caseworker asks, the applicant sees what and by when, answers, and the case is supplemented', async () => {
    const { agent, caseworker, member, caseId } = await submittedCaseWithCaseworker(t);
    const asked = await caseworker.post(`/api/staff/cases/${caseId}/supplement-requests`).send(request).expect(201);
    expect(await statusOf(caseId)).toBe('awaiting_supplement');

    const mine = await agent.get(`/api/applicant/cases/${caseId}/supplements`).expect(200);
    expect(mine.body.requests).toEqual([
      expect.objectContaining({ id: asked.body.id, message: request.message, dueDate: '2026-12-05', answeredAt: null }),
    ]);

    await agent
      .post(`/api/applicant/cases/${caseId}/supplements`)
      .send({ formVersion: 1, data: exampleSupplement(TEST_PERIOD), requestId: asked.body.id })
      .expect(201);
    expect(await statusOf(caseId)).toBe('supplemented');

    const seen = await caseworker.get(`/api/staff/cases/${caseId}/supplements`).expect(200);
    expect(seen.body.requests[0].answeredAt).not.toBeNull();
    expect(seen.body.supplements[0]).toMatchObject({ requestId: asked.body.id, formId: 'komplettering' });
    expect(seen.body.supplements[0].data.costs[0]).toMatchObject({ type: 'dental', amount: 1850 });

    const timeline = await agent.get(`/api/applicant/cases/${caseId}/events`).expect(200);
    expect(timeline.body.items.map((event: { type: string }) => event.type)).toEqual([
      'submitted',
      'supplement_requested',
      'supplemented',
    ]);
    const actions = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.actorId, member.id));
    expect(actions.map((row) => row.action)).toEqual(['case.supplement.request', 'case.supplements.read']);
  });

  it('checks the supplement by the komplettering form and keeps nothing when it is wrong', async () => {
    const { agent, caseId } = await submittedCaseWithCaseworker(t);
    const response = await agent
      .post(`/api/applicant/cases/${caseId}/supplements`)
      .send({ formVersion: 1, data: { reason: 'requested' } })
      .expect(422);
    expect(response.body.errors[0]).toMatchObject({ path: 'message', code: 'required' });
    expect((await agent.get(`/api/applicant/cases/${caseId}/supplements`).expect(200)).body.supplements).toEqual([]);
  });

  it('takes a supplement on the applicant’s own initiative without changing the status', async () => {
    const { agent, caseId } = await submittedCaseWithCaseworker(t);
    await agent
      .post(`/api/applicant/cases/${caseId}/supplements`)
      .send({ formVersion: 1, data: exampleSupplement(TEST_PERIOD) })
      .expect(201);
    expect(await statusOf(caseId)).toBe('submitted');
  });

  it('refuses to answer the same request twice', async () => {
    const { agent, caseworker, caseId } = await submittedCaseWithCaseworker(t);
    const asked = await caseworker.post(`/api/staff/cases/${caseId}/supplement-requests`).send(request).expect(201);
    const answer = { formVersion: 1, data: exampleSupplement(TEST_PERIOD), requestId: asked.body.id };
    await agent.post(`/api/applicant/cases/${caseId}/supplements`).send(answer).expect(201);
    await agent.post(`/api/applicant/cases/${caseId}/supplements`).send(answer).expect(404);
  });

  it('gives another applicant and a caseworker of another municipality 404 on every endpoint', async () => {
    const { municipality, caseworker, caseId } = await submittedCaseWithCaseworker(t);
    const asked = await caseworker.post(`/api/staff/cases/${caseId}/supplement-requests`).send(request).expect(201);
    const other = await loginApplicant(
      t.app,
      await createApplicant(t.database.db, municipality.id),
      municipality.slug,
      TEST_PASSWORD,
    );
    await other.get(`/api/applicant/cases/${caseId}/supplements`).expect(404);
    await other
      .post(`/api/applicant/cases/${caseId}/supplements`)
      .send({ formVersion: 1, data: exampleSupplement(TEST_PERIOD), requestId: asked.body.id })
      .expect(404);
    const elsewhere = await createMunicipality(t.database.db);
    const stranger = await loginStaff(t.app, await createStaff(t.database.db, elsewhere.id), TEST_PASSWORD);
    await stranger.get(`/api/staff/cases/${caseId}/supplements`).expect(404);
    await stranger.post(`/api/staff/cases/${caseId}/supplement-requests`).send(request).expect(404);
    expect(await statusOf(caseId)).toBe('awaiting_supplement');
  });
});
