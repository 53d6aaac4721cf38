import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, caseAssignees, cases } from '../../src/db/schema/index.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { createStaff, TEST_PASSWORD, testPersonnummer, validApplication } from '../helpers/fixtures.js';
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

const submitted = validApplication().data;

describe('editing the submitted answers', () => {
  it('keeps the original, records the reason and the changes in the history and the log', async () => {
    const { caseworker, member, caseId } = await submittedCaseWithCaseworker(t);
    const before = await caseworker.get(`/api/staff/cases/${caseId}/answers/edits`).expect(200);
    expect(before.body).toEqual({ originalData: null, edits: [] });

    const first = await caseworker
      .put(`/api/staff/cases/${caseId}/answers`)
      .send({ data: { ...submitted, rent: 7600 }, reason: 'Hyran enligt hyresavin' })
      .expect(200);
    expect(first.body.changes).toEqual([
      { path: 'rent', label: 'Hyra eller boendekostnad per månad', before: '7\u00a0400 kr', after: '7\u00a0600 kr' },
    ]);
    await caseworker
      .put(`/api/staff/cases/${caseId}/answers`)
      .send({ data: { ...submitted, rent: 7600, landlord: 'Stadens Hem AB' }, reason: 'Ny hyresvärd' })
      .expect(200);

    const row = await caseRow(caseId);
    expect(row.data).toMatchObject({ rent: 7600, landlord: 'Stadens Hem AB' });
    expect(row.originalData).toMatchObject({ rent: 7400, landlord: 'Kommunala Bostäder AB' });
    const shown = await caseworker.get(`/api/staff/cases/${caseId}`).expect(200);
    expect(shown.body.data.rent).toBe(7600);

    const edits = await caseworker.get(`/api/staff/cases/${caseId}/answers/edits`).expect(200);
    expect(edits.body.originalData.rent).toBe(7400);
    expect(edits.body.edits).toMatchObject([
      {
        by: { id: member.id, name: member.displayName },
        reason: 'Hyran enligt hyresavin',
        changes: [{ path: 'rent' }],
      },
      {
        reason: 'Ny hyresvärd',
        changes: [{ path: 'landlord', before: 'Kommunala Bostäder AB', after: 'Stadens Hem AB' }],
      },
    ]);

    const history = await caseworker.get(`/api/staff/cases/${caseId}/events`).expect(200);
    const edited = (history.body.items as { type: string; data: Record<string, unknown> }[]).filter(
      (event) => event.type === 'answers_edited',
    );
    expect(edited.map((event) => event.data.comment)).toEqual(['Hyran enligt hyresavin', 'Ny hyresvärd']);

    const logged = await t.database.db
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, caseId), eq(auditLog.actorId, member.id)));
    expect(logged.filter((entry) => entry.action === 'case.answers.edit').map((entry) => entry.details)).toEqual([
      { paths: ['rent'] },
      { paths: ['landlord'] },
    ]);
    expect(logged.map((entry) => entry.action)).toContain('case.answers.original.read');
    // The log names which answers changed, never what they were.
    expect(JSON.stringify(logged)).not.toContain('Stadens Hem');
  });

  it('keeps the co-applicant column in step with the answers', async () => {
    const { caseworker, caseId } = await submittedCaseWithCaseworker(t);
    const personnummer = testPersonnummer();
    await caseworker
      .put(`/api/staff/cases/${caseId}/answers`)
      .send({
        data: { ...submitted, coApplicant: { name: 'Kim Andersson', personnummer, phone: '070-765 43 21' } },
        reason: 'Fel personnummer för sambon',
      })
      .expect(200);
    expect((await caseRow(caseId)).coApplicantPersonnummer).toBe(personnummer);
  });

  it('needs a reason, in Swedish when it is missing', async () => {
    const { caseworker, caseId } = await submittedCaseWithCaseworker(t);
    for (const body of [{ data: submitted }, { data: { ...submitted, rent: 1 }, reason: '   ' }]) {
      const refused = await caseworker.put(`/api/staff/cases/${caseId}/answers`).send(body).expect(400);
      expect(refused.body.errors).toEqual([
        { path: 'reason', code: 'invalid', message: 'Skriv varför uppgifterna ändras.' },
      ]);
    }
    expect((await caseRow(caseId)).originalData).toBeNull();
  });

  it('checks the answers by the form as at submission, and refuses an edit that changes nothing', async () => {
    const { caseworker, caseId } = await submittedCaseWithCaseworker(t);
    const invalid = await caseworker
      .put(`/api/staff/cases/${caseId}/answers`)
      .send({ data: { ...submitted, rent: -5, children: [] }, reason: 'Fel' })
      .expect(422);
    expect(invalid.body.type).toBe('urn:ebistans:problem:invalid-form');
    expect(invalid.body.errors.map((error: { path: string }) => error.path)).toEqual(
      expect.arrayContaining(['rent', 'children']),
    );
    expect(invalid.body.errors[0].message).toMatch(/\p{L}/u);

    const same = await caseworker
      .put(`/api/staff/cases/${caseId}/answers`)
      .send({ data: submitted, reason: 'Ingen ändring' })
      .expect(422);
    expect(same.body.type).toBe('urn:ebistans:problem:no-changes');
    const row = await caseRow(caseId);
    expect([row.data.rent, row.originalData]).toEqual([7400, null]);
  });

  it('is refused with 409 once the case is closed or withdrawn', async () => {
    const { caseworker, caseId } = await submittedCaseWithCaseworker(t);
    await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'withdrawn' }).expect(200);
    const refused = await caseworker
      .put(`/api/staff/cases/${caseId}/answers`)
      .send({ data: { ...submitted, rent: 7600 }, reason: 'För sent' })
      .expect(409);
    expect(refused.body.type).toBe('urn:ebistans:problem:conflict');
    expect((await caseRow(caseId)).data.rent).toBe(7400);
  });

  it('is open to assistants and to a restricted caseworker on a case assigned to them', async () => {
    const { municipality, caseId } = await submittedCaseWithCaseworker(t);
    const assistant = await loginStaff(
      t.app,
      await createStaff(t.database.db, municipality.id, { role: 'assistant' }),
      TEST_PASSWORD,
    );
    await assistant
      .put(`/api/staff/cases/${caseId}/answers`)
      .send({ data: { ...submitted, rent: 7500 }, reason: 'Rättat skrivfel' })
      .expect(200);

    const member = await createStaff(t.database.db, municipality.id, { restricted: true });
    const restricted = await loginStaff(t.app, member, TEST_PASSWORD);
    const edit = { data: { ...submitted, rent: 7600 }, reason: 'Rättat igen' };
    await restricted.put(`/api/staff/cases/${caseId}/answers`).send(edit).expect(404);
    await t.database.db.insert(caseAssignees).values({ caseId, staffId: member.id });
    await restricted.put(`/api/staff/cases/${caseId}/answers`).send(edit).expect(200);
    expect((await caseRow(caseId)).originalData?.rent).toBe(7400);
  });
});
