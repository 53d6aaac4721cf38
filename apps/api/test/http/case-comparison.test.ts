import { exampleMonthlyApplication, NEW_APPLICATION_FORM_ID, shiftMonth } from '@ebistans/schema';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, caseAssignees } from '../../src/db/schema/index.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { createApplicant, createStaff, TEST_PASSWORD, TEST_PERIOD } from '../helpers/fixtures.js';
import { insertCase } from '../helpers/inbox-cases.js';
import { loginStaff } from '../helpers/login.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const lastPeriod = shiftMonth(TEST_PERIOD, -1);

interface Item {
  kind: string;
  path: string;
  label: string;
  status: string;
  before: string | null;
  after: string | null;
}
const itemsOf = (body: { sections: { items: Item[] }[] }) => body.sections.flatMap((section) => section.items);

describe('changes since the previous application', () => {
  it('compares field by field with the latest earlier application of the same form, and logs the read', async () => {
    const { municipality, applicant, caseworker, member, caseId } = await submittedCaseWithCaseworker(t);
    const base = { municipalityId: municipality.id, applicantId: applicant.id };
    const lastMonth = exampleMonthlyApplication(lastPeriod);
    const older = await insertCase(t.database.db, {
      ...base,
      period: shiftMonth(TEST_PERIOD, -2),
      data: exampleMonthlyApplication(shiftMonth(TEST_PERIOD, -2)),
      submittedAt: new Date(Date.UTC(2026, 0, 1)),
    });
    const previous = await insertCase(t.database.db, {
      ...base,
      period: lastPeriod,
      data: { ...lastMonth, rent: 7000, children: [(lastMonth.children as unknown[])[0]] },
      submittedAt: new Date(Date.UTC(2026, 1, 1)),
    });
    // Neither a test case, a withdrawn one, another form's nor another applicant's counts as last month.
    const other = await createApplicant(t.database.db, municipality.id);
    await insertCase(t.database.db, {
      ...base,
      period: lastPeriod,
      isTest: true,
      submittedAt: new Date(Date.UTC(2026, 1, 2)),
    });
    await insertCase(t.database.db, {
      ...base,
      period: lastPeriod,
      status: 'withdrawn',
      submittedAt: new Date(Date.UTC(2026, 1, 3)),
    });
    await insertCase(t.database.db, { ...base, period: lastPeriod, formId: NEW_APPLICATION_FORM_ID, formVersion: 1 });
    await insertCase(t.database.db, { municipalityId: municipality.id, applicantId: other.id, period: lastPeriod });

    const response = await caseworker.get(`/api/staff/cases/${caseId}/changes`).expect(200);
    expect(response.body.previous).toMatchObject({
      id: previous.id,
      caseNumber: previous.caseNumber,
      period: lastPeriod,
    });
    expect(response.body.previous.id).not.toBe(older.id);
    const items = itemsOf(response.body);
    expect(items.find((item) => item.path === 'rent')).toMatchObject({
      kind: 'field',
      status: 'changed',
      before: '7\u00a0000 kr',
      after: '7\u00a0400 kr',
    });
    expect(items.find((item) => item.kind === 'row' && item.path === 'children.1')).toMatchObject({
      status: 'new',
      label: 'Barn 2 – Elis Tolvansson',
    });
    expect(items.find((item) => item.path === 'landlord')?.status).toBe('unchanged');

    const [logged] = await t.database.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.actorId, member.id), eq(auditLog.action, 'case.changes.read')));
    expect(logged?.details).toEqual({ previousCaseId: previous.id });
  });

  it('says there is no previous application with an empty comparison', async () => {
    const { caseworker, caseId } = await submittedCaseWithCaseworker(t);
    const response = await caseworker.get(`/api/staff/cases/${caseId}/changes`).expect(200);
    expect(response.body).toEqual({ previous: null, sections: [] });
  });

  it('leaves out a previous case a restricted caseworker may not see', async () => {
    const { municipality, applicant, caseId } = await submittedCaseWithCaseworker(t);
    await insertCase(t.database.db, { municipalityId: municipality.id, applicantId: applicant.id, period: lastPeriod });
    const member = await createStaff(t.database.db, municipality.id, { restricted: true });
    await t.database.db.insert(caseAssignees).values({ caseId, staffId: member.id });
    const restricted = await loginStaff(t.app, member, TEST_PASSWORD);
    const response = await restricted.get(`/api/staff/cases/${caseId}/changes`).expect(200);
    expect(response.body.previous).toBeNull();
  });
});
