import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.js';
import { createAuditService } from '../../src/modules/audit/audit.service.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { createApplicant, createMunicipality, createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { insertCase } from '../helpers/inbox-cases.js';
import { loginApplicant, loginStaff } from '../helpers/login.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Today's date in Sweden, as the audit log's date filters take it. */
const swedishToday = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

describe('audit entries', () => {
  it('are written for every staff read and change on a case, with the client address, in an intact chain', async () => {
    const { caseworker, member, caseId } = await submittedCaseWithCaseworker(t);
    const steps: [string, () => Promise<unknown>][] = [
      ['case.list', () => caseworker.get('/api/staff/cases?tab=all').expect(200)],
      ['case.read', () => caseworker.get(`/api/staff/cases/${caseId}`).expect(200)],
      ['case.take', () => caseworker.post(`/api/staff/cases/${caseId}/take`).expect(200)],
      ['case.assign', () => caseworker.put(`/api/staff/cases/${caseId}/assignees`).send({ staffIds: [member.id] })],
      [
        'case.status.change',
        () => caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'in_progress' }),
      ],
      ['case.flag', () => caseworker.put(`/api/staff/cases/${caseId}/flag`).expect(204)],
      ['case.unflag', () => caseworker.delete(`/api/staff/cases/${caseId}/flag`).expect(204)],
      ['case.colour.set', () => caseworker.put(`/api/staff/cases/${caseId}/colour`).send({ colour: 'blue' })],
      [
        'case.external-number.set',
        () => caseworker.put(`/api/staff/cases/${caseId}/external-case-number`).send({ externalCaseNumber: 'X-1' }),
      ],
      ['case.note.add', () => caseworker.post(`/api/staff/cases/${caseId}/notes`).send({ body: 'Anteckning' })],
      ['case.notes.read', () => caseworker.get(`/api/staff/cases/${caseId}/notes`).expect(200)],
      ['case.history.read', () => caseworker.get(`/api/staff/cases/${caseId}/events`).expect(200)],
      ['case.messages.read', () => caseworker.get(`/api/staff/cases/${caseId}/messages`).expect(200)],
      ['case.pdf.download', () => caseworker.get(`/api/staff/cases/${caseId}/pdf`).expect(200)],
      ['case.unassign', () => caseworker.delete(`/api/staff/cases/${caseId}/assignees/me`).expect(204)],
    ];
    for (const [, step] of steps) await step();

    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.actorId, member.id))
      .orderBy(asc(auditLog.seq));
    expect(rows.map((row) => row.action)).toEqual(steps.map(([action]) => action));
    for (const row of rows) {
      expect(row.clientIp).toMatch(/127\.0\.0\.1|::1/);
      expect(row.municipalityId).not.toBeNull();
    }
    expect(rows.filter((row) => row.entityId !== caseId).map((row) => row.action)).toEqual(['case.list']);
    expect(await createAuditService(t.database.db).verifyChain()).toBeNull();
  });
});

describe('the audit log view', () => {
  async function municipalityWithActivity() {
    const { municipality, caseworker, member, caseId } = await submittedCaseWithCaseworker(t);
    const colleagueMember = await createStaff(t.database.db, municipality.id);
    const colleague = await loginStaff(t.app, colleagueMember, TEST_PASSWORD);
    const otherCase = await insertCase(t.database.db, {
      municipalityId: municipality.id,
      applicantId: (await createApplicant(t.database.db, municipality.id)).id,
    });
    await caseworker.get('/api/staff/cases?tab=all').expect(200);
    await caseworker.get(`/api/staff/cases/${caseId}`).expect(200);
    await colleague.get(`/api/staff/cases/${otherCase.id}`).expect(200);
    await colleague.post(`/api/staff/cases/${caseId}/take`).expect(200);
    return { municipality, caseworker, member, colleague, colleagueMember, caseId, otherCase };
  }

  type Entry = {
    action: string;
    actor: { id: string; name: string };
    entity: { id: string | null };
    caseNumber: string | null;
    clientIp: string | null;
  };
  const entriesOf = (body: { items: Entry[] }) => body.items.filter((entry) => entry.action !== 'audit.read');

  it('shows the municipality’s entries newest first: who, what, which case, when and from where', async () => {
    const { caseworker, member, colleagueMember, caseId } = await municipalityWithActivity();
    const page = await caseworker.get('/api/staff/audit-log').expect(200);
    const entries = entriesOf(page.body);
    expect(entries.map((entry) => [entry.action, entry.actor.id])).toEqual([
      ['case.take', colleagueMember.id],
      ['case.read', colleagueMember.id],
      ['case.read', member.id],
      ['case.list', member.id],
    ]);
    expect(entries[0]).toMatchObject({
      actor: { kind: 'staff', name: colleagueMember.displayName },
      entity: { type: 'case', id: caseId },
      caseNumber: expect.stringMatching(/^\d{4}-\d{6}$/),
      clientIp: expect.stringMatching(/127\.0\.0\.1|::1/),
    });
    expect(Date.parse(page.body.items[0].at)).not.toBeNaN();
    expect(page.body).toMatchObject({ page: 1, pageSize: 50, hasMore: false });
  });

  it('filters by person, case (list reads included) and day, and pages', async () => {
    const { caseworker, member, colleagueMember, caseId, otherCase } = await municipalityWithActivity();
    const actions = async (query: string) =>
      entriesOf((await caseworker.get(`/api/staff/audit-log?${query}`).expect(200)).body).map((entry) => entry.action);

    expect(await actions(`staffId=${colleagueMember.id}`)).toEqual(['case.take', 'case.read']);
    expect(await actions(`caseId=${caseId}`)).toEqual(['case.take', 'case.read', 'case.list']);
    expect(await actions(`caseId=${otherCase.id}`)).toEqual(['case.read', 'case.list']);
    expect(await actions(`caseId=${caseId}&staffId=${member.id}`)).toEqual(['case.read', 'case.list']);
    expect(await actions(`from=${swedishToday()}&to=${swedishToday()}`)).toHaveLength(4);
    expect(await actions(`from=${swedishToday(1)}`)).toEqual([]);
    expect(await actions(`to=${swedishToday(-1)}`)).toEqual([]);

    const first = await caseworker.get(`/api/staff/audit-log?staffId=${colleagueMember.id}&pageSize=1`).expect(200);
    expect(first.body).toMatchObject({ hasMore: true, items: [{ action: 'case.take' }] });
    const second = await caseworker
      .get(`/api/staff/audit-log?staffId=${colleagueMember.id}&pageSize=1&page=2`)
      .expect(200);
    expect(second.body).toMatchObject({ hasMore: false, items: [{ action: 'case.read' }] });
  });

  it('is for administrators and caseworkers of the municipality only, and reading it is logged', async () => {
    const { municipality, member, caseId } = await municipalityWithActivity();
    const { db } = t.database;
    const admin = await loginStaff(t.app, await createStaff(db, municipality.id, { role: 'admin' }), TEST_PASSWORD);
    const adminView = await admin.get(`/api/staff/audit-log?caseId=${caseId}`).expect(200);
    expect(entriesOf(adminView.body).length).toBeGreaterThan(0);

    const assistant = await loginStaff(
      t.app,
      await createStaff(db, municipality.id, { role: 'assistant' }),
      TEST_PASSWORD,
    );
    await assistant.get('/api/staff/audit-log').expect(403);
    const restricted = await loginStaff(
      t.app,
      await createStaff(db, municipality.id, { restricted: true }),
      TEST_PASSWORD,
    );
    await restricted.get('/api/staff/audit-log').expect(403);

    const elsewhere = await createMunicipality(db);
    const strangerAdmin = await loginStaff(
      t.app,
      await createStaff(db, elsewhere.id, { role: 'admin' }),
      TEST_PASSWORD,
    );
    expect(entriesOf((await strangerAdmin.get(`/api/staff/audit-log?staffId=${member.id}`).expect(200)).body)).toEqual(
      [],
    );

    const applicant = await createApplicant(db, municipality.id);
    const applicantAgent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
    await applicantAgent.get('/api/staff/audit-log').expect(403);

    const reads = await db.select().from(auditLog).where(eq(auditLog.action, 'audit.read'));
    expect(reads.some((row) => row.details.caseId === caseId)).toBe(true);
  });
});
