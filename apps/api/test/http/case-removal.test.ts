import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { samplePng } from '@ebistans/testing';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments, auditLog, caseEvents, cases } from '../../src/db/schema/index.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { idsOf } from '../helpers/inbox-cases.js';
import { loginStaff } from '../helpers/login.js';
import { multipartBody } from '../helpers/multipart.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
// A data folder of our own, so the test can look into the file store.
const dataDir = mkdtempSync(path.join(tmpdir(), 'ebistans-removal-'));

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dataDir });
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

type Agent = Awaited<ReturnType<typeof loginStaff>>;

const tabItems = async (agent: Agent, tab: string) =>
  (await agent.get(`/api/staff/cases?tab=${tab}`).expect(200)).body as {
    items: { id: string; handedOverAt: string | null; isTest: boolean }[];
    counts: Record<string, number>;
  };

const auditActions = async (caseId: string) =>
  (
    await t.database.db
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityId, caseId),
          inArray(auditLog.action, ['case.hand-over', 'case.hand-over.undo', 'case.delete']),
        ),
      )
      .orderBy(auditLog.seq)
  ).map((row) => row);

describe('hand-over', () => {
  it('moves the case from the active tabs to Överlämnade, read-only, and back on undo', async () => {
    const { caseworker, caseId, member } = await submittedCaseWithCaseworker(t);
    await caseworker.post(`/api/staff/cases/${caseId}/take`).expect(200);
    expect(idsOf((await tabItems(caseworker, 'mine')).items)).toEqual([caseId]);

    const marked = await caseworker.post(`/api/staff/cases/${caseId}/hand-over`).expect(200);
    expect(Date.parse(marked.body.handedOverAt)).toBeGreaterThan(Date.now() - 60_000);

    const handedOver = await tabItems(caseworker, 'handedOver');
    expect(handedOver.items).toEqual([expect.objectContaining({ id: caseId, handedOverAt: marked.body.handedOverAt })]);
    expect(handedOver.counts).toEqual({
      unassigned: 0,
      overdue: 0,
      mine: 0,
      flagged: 0,
      ongoing: 0,
      all: 0,
      handedOver: 1,
      test: 0,
    });
    for (const tab of ['unassigned', 'mine', 'ongoing', 'all']) {
      expect((await tabItems(caseworker, tab)).items, tab).toEqual([]);
    }

    // Still readable in the case view, but nothing is offered or accepted as a change.
    const view = await caseworker.get(`/api/staff/cases/${caseId}`).expect(200);
    expect(view.body).toMatchObject({ handedOverAt: marked.body.handedOverAt, statusChanges: [], deletable: true });
    const again = await caseworker.post(`/api/staff/cases/${caseId}/hand-over`).expect(409);
    expect(again.body.type).toBe('urn:ebistans:problem:case-handed-over');
    expect(again.body.detail).toMatch(/övertaget/);

    const history = await caseworker.get(`/api/staff/cases/${caseId}/events`).expect(200);
    expect(history.body.items.at(-1)).toMatchObject({ type: 'handed_over', actor: { kind: 'staff', id: member.id } });

    await caseworker.delete(`/api/staff/cases/${caseId}/hand-over`).expect(200, { handedOverAt: null });
    expect(idsOf((await tabItems(caseworker, 'mine')).items)).toEqual([caseId]);
    expect((await tabItems(caseworker, 'handedOver')).items).toEqual([]);
    await caseworker.delete(`/api/staff/cases/${caseId}/hand-over`).expect(409);
    expect((await auditActions(caseId)).map((row) => row.action)).toEqual(['case.hand-over', 'case.hand-over.undo']);
  });

  it('is refused for test cases and for assistants', async () => {
    const { caseworker, caseId, municipality } = await submittedCaseWithCaseworker(t);
    const assistant = await loginStaff(
      t.app,
      await createStaff(t.database.db, municipality.id, { role: 'assistant' }),
      TEST_PASSWORD,
    );
    await assistant.post(`/api/staff/cases/${caseId}/hand-over`).expect(403);
    await assistant.delete(`/api/staff/cases/${caseId}`).expect(403);

    await t.database.db.update(cases).set({ isTest: true }).where(eq(cases.id, caseId));
    const refused = await caseworker.post(`/api/staff/cases/${caseId}/hand-over`).expect(409);
    expect(refused.body.type).toBe('urn:ebistans:problem:test-case');
    const test = await tabItems(caseworker, 'test');
    expect(test.items).toEqual([expect.objectContaining({ id: caseId, isTest: true })]);
    expect(test.counts).toMatchObject({ unassigned: 0, all: 0, test: 1 });
    expect((await caseworker.get(`/api/staff/cases/${caseId}`).expect(200)).body).toMatchObject({
      isTest: true,
      deletable: true,
    });
  });
});

describe('deleting a case', () => {
  it('is refused while the case is being handled, with a Swedish explanation', async () => {
    const { caseworker, caseId } = await submittedCaseWithCaseworker(t);
    expect((await caseworker.get(`/api/staff/cases/${caseId}`).expect(200)).body.deletable).toBe(false);
    const refused = await caseworker.delete(`/api/staff/cases/${caseId}`).expect(409);
    expect(refused.body.type).toBe('urn:ebistans:problem:case-not-deletable');
    expect(refused.body.detail).toMatch(/avslutat, återkallat eller överlämnat/);
    await caseworker.get(`/api/staff/cases/${caseId}`).expect(200);
  });

  it('removes a withdrawn case with its rows and files, and keeps an audit entry without personal data', async () => {
    const { agent, caseworker, caseId, member } = await submittedCaseWithCaseworker(t);
    const { body, contentType } = multipartBody([
      { name: 'category', value: 'salary_slip' },
      { name: 'file', filename: 'lönespec.png', content: samplePng() },
    ]);
    await agent
      .post(`/api/applicant/cases/${caseId}/attachments`)
      .set('content-type', contentType)
      .send(body)
      .expect(201);
    await caseworker.post(`/api/staff/cases/${caseId}/notes`).send({ body: 'Notering' }).expect(201);
    await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'withdrawn' }).expect(200);
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    const files = await t.database.db
      .select({ key: attachments.storageKey })
      .from(attachments)
      .where(eq(attachments.caseId, caseId));
    const keys = [row!.pdfStorageKey!, ...files.map((file) => file.key)];
    expect(keys).toHaveLength(2);
    const stored = (key: string) => existsSync(path.join(dataDir, 'files', key));
    expect(keys.map(stored)).toEqual([true, true]);

    await caseworker.delete(`/api/staff/cases/${caseId}`).expect(204);

    await caseworker.get(`/api/staff/cases/${caseId}`).expect(404);
    await agent.get(`/api/applicant/cases/${caseId}`).expect(404);
    expect(keys.map(stored)).toEqual([false, false]);
    expect(await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId))).toEqual([]);
    expect(await t.database.db.select().from(attachments).where(eq(attachments.caseId, caseId))).toEqual([]);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, caseId), eq(auditLog.action, 'case.delete')));
    expect(entry).toMatchObject({
      actorId: member.id,
      entityType: 'case',
      details: { caseNumber: row!.caseNumber, status: 'withdrawn', isTest: false, files: 2 },
    });
    await caseworker.delete(`/api/staff/cases/${caseId}`).expect(404);
  });

  it('removes a test case at any status and a handed-over one', async () => {
    const test = await submittedCaseWithCaseworker(t);
    await t.database.db.update(cases).set({ isTest: true }).where(eq(cases.id, test.caseId));
    await test.caseworker.delete(`/api/staff/cases/${test.caseId}`).expect(204);

    const handedOver = await submittedCaseWithCaseworker(t);
    await handedOver.caseworker.post(`/api/staff/cases/${handedOver.caseId}/hand-over`).expect(200);
    await handedOver.caseworker.delete(`/api/staff/cases/${handedOver.caseId}`).expect(204);
    expect((await auditActions(handedOver.caseId)).map((row) => row.action)).toEqual(['case.hand-over', 'case.delete']);
  });
});
