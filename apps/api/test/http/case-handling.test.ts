import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, cases } from '../../src/db/schema/index.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { idsOf } from '../helpers/inbox-cases.js';
import { loginStaff } from '../helpers/login.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function caseRow(caseId: string) {
  const [row] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
  return row!;
}

describe('status changes', () => {
  it('follow the lifecycle, show on the applicant’s timeline and keep the comment for staff', async () => {
    const { agent, caseworker, member, caseId } = await submittedCaseWithCaseworker(t);
    const offered = async () =>
      (await caseworker.get(`/api/staff/cases/${caseId}`).expect(200)).body.statusChanges as string[];
    expect(await offered()).toEqual(['in_progress', 'withdrawn']);

    await caseworker
      .post(`/api/staff/cases/${caseId}/status`)
      .send({ status: 'in_progress', comment: 'Börjar utredningen' })
      .expect(200, { status: 'in_progress' });
    await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'decided' }).expect(400);
    await caseworker
      .post(`/api/staff/cases/${caseId}/decision`)
      .send({
        outcome: 'avvisning',
        amount: null,
        motivation: 'Ansökan gäller en annan kommun.',
        costs: [],
        incomes: [],
        hindrances: { applicant: 'unemployed_no_benefit', coApplicant: 'part_time_insufficient_income' },
      })
      .expect(201);
    expect(await offered()).toEqual(['closed', 'in_progress']);
    await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'closed' }).expect(200);
    expect((await caseRow(caseId)).closedAt).toBeInstanceOf(Date);

    const mine = await agent.get(`/api/applicant/cases/${caseId}`).expect(200);
    expect(mine.body.status).toBe('closed');
    const timeline = await agent.get(`/api/applicant/cases/${caseId}/events`).expect(200);
    expect(timeline.body.items.map((event: { type: string }) => event.type)).toEqual([
      'submitted',
      'in_progress',
      'decision_recorded',
      'closed',
    ]);
    expect(JSON.stringify(timeline.body)).not.toContain('Börjar utredningen');

    const history = await caseworker.get(`/api/staff/cases/${caseId}/events`).expect(200);
    expect(history.body.items[1]).toMatchObject({
      type: 'in_progress',
      actor: { kind: 'staff', id: member.id, name: member.displayName },
      data: { from: 'submitted', comment: 'Börjar utredningen' },
    });

    const logged = await t.database.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.actorId, member.id), eq(auditLog.action, 'case.status.change')));
    expect(logged.map((row) => row.details)).toEqual([
      { from: 'submitted', to: 'in_progress' },
      { from: 'decided', to: 'closed' },
    ]);
  });

  it('refuses what the lifecycle does not allow with 409, and statuses set by other actions with 400', async () => {
    const { caseworker, caseId } = await submittedCaseWithCaseworker(t);
    const refused = await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'closed' }).expect(409);
    expect(refused.body.type).toBe('urn:ebistans:problem:conflict');

    await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'withdrawn' }).expect(200);
    await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'in_progress' }).expect(409);

    for (const status of ['awaiting_supplement', 'supplemented', 'submitted', 'decided']) {
      const invalid = await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status }).expect(400);
      expect(invalid.body.type).toBe('urn:ebistans:problem:validation');
    }
    expect((await caseRow(caseId)).status).toBe('withdrawn');
  });
});

describe('flags', () => {
  it('are each caseworker’s own', async () => {
    const { municipality, caseworker, caseId } = await submittedCaseWithCaseworker(t);
    const colleague = await loginStaff(t.app, await createStaff(t.database.db, municipality.id), TEST_PASSWORD);

    await caseworker.put(`/api/staff/cases/${caseId}/flag`).expect(204);
    await caseworker.put(`/api/staff/cases/${caseId}/flag`).expect(204);
    expect(idsOf((await caseworker.get('/api/staff/cases?tab=flagged').expect(200)).body.items)).toEqual([caseId]);
    expect((await colleague.get('/api/staff/cases?tab=flagged').expect(200)).body.items).toEqual([]);
    expect((await caseworker.get(`/api/staff/cases/${caseId}`).expect(200)).body.flagged).toBe(true);
    expect((await colleague.get(`/api/staff/cases/${caseId}`).expect(200)).body.flagged).toBe(false);
    const listed = await caseworker.get('/api/staff/cases?tab=all').expect(200);
    expect(listed.body.items[0].flagged).toBe(true);

    await caseworker.delete(`/api/staff/cases/${caseId}/flag`).expect(204);
    expect((await caseworker.get('/api/staff/cases?tab=flagged').expect(200)).body.items).toEqual([]);
  });
});

describe('colour labels', () => {
  it('show in the list and the case view, and can be removed', async () => {
    const { caseworker, caseId } = await submittedCaseWithCaseworker(t);
    await caseworker.put(`/api/staff/cases/${caseId}/colour`).send({ colour: 'red' }).expect(200, { colour: 'red' });
    expect((await caseworker.get('/api/staff/cases?tab=all').expect(200)).body.items[0].colour).toBe('red');
    expect((await caseworker.get(`/api/staff/cases/${caseId}`).expect(200)).body.colour).toBe('red');

    await caseworker.put(`/api/staff/cases/${caseId}/colour`).send({ colour: 'pink' }).expect(400);
    await caseworker.put(`/api/staff/cases/${caseId}/colour`).send({ colour: null }).expect(200, { colour: null });
    expect((await caseRow(caseId)).colour).toBeNull();
  });
});

describe('the external case number', () => {
  it('is set by staff and shown to the applicant', async () => {
    const { agent, caseworker, caseId } = await submittedCaseWithCaseworker(t);
    expect((await agent.get(`/api/applicant/cases/${caseId}`).expect(200)).body.externalCaseNumber).toBeNull();

    await caseworker
      .put(`/api/staff/cases/${caseId}/external-case-number`)
      .send({ externalCaseNumber: ' IFO-2026-4711 ' })
      .expect(200, { externalCaseNumber: 'IFO-2026-4711' });
    expect((await agent.get(`/api/applicant/cases/${caseId}`).expect(200)).body.externalCaseNumber).toBe(
      'IFO-2026-4711',
    );
    const staffView = await caseworker.get(`/api/staff/cases/${caseId}`).expect(200);
    expect(staffView.body.externalCaseNumber).toBe('IFO-2026-4711');
    const listed = await caseworker.get('/api/staff/cases?tab=all').expect(200);
    expect(listed.body.items[0].externalCaseNumber).toBe('IFO-2026-4711');

    await caseworker
      .put(`/api/staff/cases/${caseId}/external-case-number`)
      .send({ externalCaseNumber: null })
      .expect(200);
    expect((await agent.get(`/api/applicant/cases/${caseId}`).expect(200)).body.externalCaseNumber).toBeNull();
  });
});

describe('the case view', () => {
  it('has the co-applicant from the answers, the due time, assignees, flag and colour', async () => {
    const { caseworker, member, caseId } = await submittedCaseWithCaseworker(t);
    await caseworker.post(`/api/staff/cases/${caseId}/take`).expect(200);
    const row = await caseRow(caseId);
    const view = await caseworker.get(`/api/staff/cases/${caseId}`).expect(200);
    expect(view.body).toMatchObject({
      coApplicant: { name: 'Kim Tolvansson', personnummer: '198203102382' },
      dueAt: row.dueAt!.toISOString(),
      assignees: [{ id: member.id, name: member.displayName, username: member.username }],
      flagged: false,
      colour: null,
      externalCaseNumber: null,
    });
    expect(row.coApplicantPersonnummer).toBe('198203102382');
  });
});
