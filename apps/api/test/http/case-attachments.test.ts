import { and, eq } from 'drizzle-orm';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, cases } from '../../src/db/schema/index.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { createApplicant, createMunicipality, createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { loginApplicant, loginStaff } from '../helpers/login.js';
import { multipartBody } from '../helpers/multipart.js';
import { binary } from '../helpers/pdf.js';
import { samplePng } from '@ebistans/testing';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function sendPhoto(agent: request.Agent, caseId: string) {
  const { body, contentType } = multipartBody([
    { name: 'category', value: 'salary_slip' },
    { name: 'file', filename: 'lönespec.png', content: samplePng() },
  ]);
  return agent.post(`/api/applicant/cases/${caseId}/attachments`).set('content-type', contentType).send(body);
}

describe('receipts sent to a submitted case', () => {
  it('reach the case, show on the timeline, and open for the caseworker with an audit entry per read', async () => {
    const { agent, caseworker, member, caseId } = await submittedCaseWithCaseworker(t);
    const sent = await sendPhoto(agent, caseId).expect(201);
    const [file] = sent.body.items as { id: string; contentType: string }[];
    expect(file?.contentType).toBe('image/png');

    const timeline = await agent.get(`/api/applicant/cases/${caseId}/events`).expect(200);
    expect(timeline.body.items.map((event: { type: string }) => event.type)).toEqual(['submitted', 'receipts_added']);
    const mine = await agent.get(`/api/applicant/cases/${caseId}/attachments`).expect(200);
    expect(mine.body.items).toHaveLength(1);

    const listed = await caseworker.get(`/api/staff/cases/${caseId}/attachments`).expect(200);
    expect(listed.body.items.map((item: { fileName: string }) => item.fileName)).toEqual(['lönespec.png']);
    const opened = await caseworker
      .get(`/api/staff/cases/${caseId}/attachments/${file!.id}/content`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(opened.body as Buffer, samplePng())).toBe(0);
    expect(opened.headers['x-content-type-options']).toBe('nosniff');
    expect(opened.headers['content-disposition']).toMatch(/^attachment;/);
    const viewed = await caseworker
      .get(`/api/staff/cases/${caseId}/attachments/${file!.id}/content?inline=true`)
      .expect(200);
    expect(viewed.headers['content-disposition']).toMatch(/^inline;/);
    const reads = await t.database.db
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(eq(auditLog.actorId, member.id));
    expect(reads).toEqual([
      { action: 'case.files.list', details: {} },
      { action: 'case.file.read', details: { attachmentId: file!.id } },
      { action: 'case.file.read', details: { attachmentId: file!.id } },
    ]);
  });

  it('are refused once the case is closed', async () => {
    const { agent, caseId } = await submittedCaseWithCaseworker(t);
    await t.database.db.update(cases).set({ status: 'closed' }).where(eq(cases.id, caseId));
    const refused = await sendPhoto(agent, caseId).expect(422);
    expect(refused.body.type).toBe('urn:ebistans:problem:case-closed');
  });

  it('gives another applicant and a caseworker of another municipality 404', async () => {
    const { municipality, agent, caseId } = await submittedCaseWithCaseworker(t);
    const sent = await sendPhoto(agent, caseId).expect(201);
    const fileId = (sent.body.items as { id: string }[])[0]!.id;
    const other = await loginApplicant(
      t.app,
      await createApplicant(t.database.db, municipality.id),
      municipality.slug,
      TEST_PASSWORD,
    );
    await sendPhoto(other, caseId).expect(404);
    await other.get(`/api/applicant/cases/${caseId}/attachments`).expect(404);
    await other.get(`/api/applicant/cases/${caseId}/attachments/${fileId}/content`).expect(404);
    const elsewhere = await createMunicipality(t.database.db);
    const stranger = await loginStaff(t.app, await createStaff(t.database.db, elsewhere.id), TEST_PASSWORD);
    await stranger.get(`/api/staff/cases/${caseId}/attachments`).expect(404);
    await stranger.get(`/api/staff/cases/${caseId}/attachments/${fileId}/content`).expect(404);
    const logged = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, caseId), eq(auditLog.action, 'case.file.read')));
    expect(logged).toEqual([]);
  });
});
