import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, caseAssignees, cases, municipalities } from '../../src/db/schema/index.js';
import { dueAfterWorkingDays } from '../../src/lib/working-days.js';
import { createAuditService } from '../../src/modules/audit/audit.service.js';
import {
  createApplicant,
  createMunicipality,
  createStaff,
  TEST_PASSWORD,
  TEST_PERIOD,
  validApplication,
} from '../helpers/fixtures.js';
import { loginApplicant, loginStaff } from '../helpers/login.js';
import { binary, pdfText } from '../helpers/pdf.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const application = validApplication({ rent: 6100 });

async function submittedCase() {
  const municipality = await createMunicipality(t.database.db);
  const applicant = await createApplicant(t.database.db, municipality.id);
  const agent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
  const created = await agent.post('/api/applicant/applications').send(application).expect(201);
  return { municipality, applicant, caseId: created.body.id as string, caseNumber: created.body.caseNumber as string };
}

describe('the caseworker inbox', () => {
  it('shows a new case in Obehandlade with counts, and opens it', async () => {
    const { municipality, applicant, caseId, caseNumber } = await submittedCase();
    const caseworker = await loginStaff(t.app, await createStaff(t.database.db, municipality.id), TEST_PASSWORD);

    const inbox = await caseworker.get('/api/staff/cases?tab=unassigned').expect(200);
    expect(inbox.body.counts).toMatchObject({ unassigned: 1, all: 1 });
    expect(inbox.body.items).toEqual([
      expect.objectContaining({
        id: caseId,
        caseNumber,
        applicantName: `${applicant.givenName} ${applicant.familyName}`,
        period: TEST_PERIOD,
        status: 'submitted',
        assignees: [],
      }),
    ]);

    const opened = await caseworker.get(`/api/staff/cases/${caseId}`).expect(200);
    expect(opened.body).toMatchObject({
      caseNumber,
      formId: 'ekonomiskt-bistand-manadsansokan',
      formVersion: 2,
      applicant: { personnummer: applicant.personnummer },
      data: { rent: 6100, civilStatus: 'sambo' },
    });
  });

  it("gives a new case a due time from the municipality's handling time in working days", async () => {
    const municipality = await createMunicipality(t.database.db);
    await t.database.db
      .update(municipalities)
      .set({ handlingWorkingDays: 3 })
      .where(eq(municipalities.id, municipality.id));
    const applicant = await createApplicant(t.database.db, municipality.id);
    const agent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
    const created = await agent.post('/api/applicant/applications').send(application).expect(201);
    const [row] = await t.database.db
      .select()
      .from(cases)
      .where(eq(cases.id, created.body.id as string));
    expect(row!.dueAt).toEqual(dueAfterWorkingDays(row!.submittedAt, 3));

    const caseworker = await loginStaff(t.app, await createStaff(t.database.db, municipality.id), TEST_PASSWORD);
    const listed = await caseworker.get('/api/staff/cases?tab=unassigned').expect(200);
    expect(listed.body.items[0]).toMatchObject({ dueAt: row!.dueAt!.toISOString(), overdue: false });
  });

  it('moves an assigned case out of Obehandlade but keeps it in Alla', async () => {
    const { municipality, caseId } = await submittedCase();
    const member = await createStaff(t.database.db, municipality.id);
    await t.database.db.insert(caseAssignees).values({ caseId, staffId: member.id });
    const caseworker = await loginStaff(t.app, member, TEST_PASSWORD);

    const unassigned = await caseworker.get('/api/staff/cases?tab=unassigned').expect(200);
    expect(unassigned.body.items).toEqual([]);
    const all = await caseworker.get('/api/staff/cases?tab=all').expect(200);
    expect(all.body.items).toEqual([
      expect.objectContaining({ id: caseId, assignees: [expect.objectContaining({ name: member.displayName })] }),
    ]);
    expect(all.body.counts).toMatchObject({ unassigned: 0, all: 1 });
  });

  it('pages through cases', async () => {
    const { municipality } = await submittedCase();
    const applicant = await createApplicant(t.database.db, municipality.id);
    const agent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
    await agent.post('/api/applicant/applications').send(application).expect(201);
    await agent.post('/api/applicant/applications').send(application).expect(201);
    const caseworker = await loginStaff(t.app, await createStaff(t.database.db, municipality.id), TEST_PASSWORD);

    const page1 = await caseworker.get('/api/staff/cases?tab=all&pageSize=2&page=1').expect(200);
    const page2 = await caseworker.get('/api/staff/cases?tab=all&pageSize=2&page=2').expect(200);
    expect(page1.body.total).toBe(3);
    expect(page1.body.items).toHaveLength(2);
    expect(page2.body.items).toHaveLength(1);
    expect(page2.body.items[0].id).not.toBe(page1.body.items[0].id);
  });

  it('gives a caseworker of another municipality 404 and an empty inbox', async () => {
    const { caseId } = await submittedCase();
    const elsewhere = await createMunicipality(t.database.db);
    const caseworker = await loginStaff(t.app, await createStaff(t.database.db, elsewhere.id), TEST_PASSWORD);

    const response = await caseworker.get(`/api/staff/cases/${caseId}`).expect(404);
    expect(response.body.type).toBe('urn:ebistans:problem:not-found');
    const inbox = await caseworker.get('/api/staff/cases?tab=all').expect(200);
    expect(inbox.body.items).toEqual([]);
  });

  it('shows a restricted caseworker only the cases assigned to them', async () => {
    const { municipality, caseId } = await submittedCase();
    const member = await createStaff(t.database.db, municipality.id, { restricted: true });
    const restricted = await loginStaff(t.app, member, TEST_PASSWORD);

    await restricted.get(`/api/staff/cases/${caseId}`).expect(404);
    expect((await restricted.get('/api/staff/cases?tab=all').expect(200)).body.counts).toMatchObject({
      unassigned: 0,
      all: 0,
    });

    await t.database.db.insert(caseAssignees).values({ caseId, staffId: member.id });
    await restricted.get(`/api/staff/cases/${caseId}`).expect(200);
  });

  it('keeps applicants and admins out of the inbox', async () => {
    const { municipality, applicant } = await submittedCase();
    const applicantAgent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
    await applicantAgent.get('/api/staff/cases').expect(403);
    const admin = await loginStaff(
      t.app,
      await createStaff(t.database.db, municipality.id, { role: 'admin' }),
      TEST_PASSWORD,
    );
    await admin.get('/api/staff/cases').expect(403);
  });
});

describe('the application PDF for the caseworker', () => {
  it('downloads for a caseworker of the municipality, logged as a read; 404 for another municipality', async () => {
    const { municipality, caseId, caseNumber } = await submittedCase();
    const member = await createStaff(t.database.db, municipality.id);
    const caseworker = await loginStaff(t.app, member, TEST_PASSWORD);
    const response = await caseworker.get(`/api/staff/cases/${caseId}/pdf`).buffer(true).parse(binary).expect(200);
    expect((await pdfText(response.body as Buffer)).text).toContain(`Ärende ${caseNumber}`);
    const logged = await t.database.db.select().from(auditLog).where(eq(auditLog.actorId, member.id));
    expect(logged.map((row) => [row.action, row.entityId])).toEqual([['case.pdf.download', caseId]]);

    const elsewhere = await createMunicipality(t.database.db);
    const stranger = await loginStaff(t.app, await createStaff(t.database.db, elsewhere.id), TEST_PASSWORD);
    await stranger.get(`/api/staff/cases/${caseId}/pdf`).expect(404);
  });
});

describe('audit log of staff reads', () => {
  it('records every list and case read in a hash chain that detects tampering', async () => {
    const { municipality, caseId } = await submittedCase();
    const member = await createStaff(t.database.db, municipality.id);
    const caseworker = await loginStaff(t.app, member, TEST_PASSWORD);
    await caseworker.get('/api/staff/cases').expect(200);
    await caseworker.get(`/api/staff/cases/${caseId}`).expect(200);

    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.actorId, member.id))
      .orderBy(auditLog.seq);
    expect(rows.map((row) => [row.action, row.entityId])).toEqual([
      ['case.list', null],
      ['case.read', caseId],
    ]);
    expect(rows[0]?.details).toMatchObject({ caseIds: [caseId] });

    const audit = createAuditService(t.database.db);
    expect(await audit.verifyChain()).toBeNull();
    await t.database.db.update(auditLog).set({ action: 'case.list.edited' }).where(eq(auditLog.seq, rows[0]!.seq));
    expect(await audit.verifyChain()).toBe(rows[0]!.seq);
  });
});
