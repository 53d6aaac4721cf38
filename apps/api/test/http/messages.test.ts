import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.js';
import { createApplicant, createMunicipality, createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { loginApplicant, loginStaff } from '../helpers/login.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { multipartBody } from '../helpers/multipart.js';
import { samplePdf } from '@ebistans/testing';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('secure messages on a case', () => {
  it('the caseworker writes, the applicant reads (and it shows as read), and replies', async () => {
    const { agent, caseworker, member, caseId } = await submittedCaseWithCaseworker(t);
    await caseworker
      .post(`/api/staff/cases/${caseId}/messages`)
      .send({ body: 'Hej! Vi behöver din hyresavi.' })
      .expect(201);

    const listed = await agent.get('/api/applicant/cases').expect(200);
    expect(listed.body.items[0]).toMatchObject({ id: caseId, unreadMessages: 1 });
    const opened = await agent.get(`/api/applicant/cases/${caseId}/messages`).expect(200);
    expect(opened.body.items).toEqual([
      expect.objectContaining({
        direction: 'to_applicant',
        body: 'Hej! Vi behöver din hyresavi.',
        authorName: member.displayName,
        readAt: null,
      }),
    ]);
    const again = await agent.get(`/api/applicant/cases/${caseId}/messages`).expect(200);
    expect(again.body.items[0].readAt).not.toBeNull();
    expect((await agent.get('/api/applicant/cases').expect(200)).body.items[0].unreadMessages).toBe(0);

    await agent.post(`/api/applicant/cases/${caseId}/messages`).send({ body: 'Den kommer i morgon.' }).expect(201);
    const staffView = await caseworker.get(`/api/staff/cases/${caseId}/messages`).expect(200);
    expect(staffView.body.items.map((item: { direction: string }) => item.direction)).toEqual([
      'to_applicant',
      'from_applicant',
    ]);

    const timeline = await agent.get(`/api/applicant/cases/${caseId}/events`).expect(200);
    expect(timeline.body.items.map((event: { type: string }) => event.type)).toEqual([
      'submitted',
      'message_to_applicant',
      'message_from_applicant',
    ]);
    const actions = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.actorId, member.id));
    expect(actions.map((row) => row.action)).toEqual(['case.message.send', 'case.messages.read']);
  });

  it('takes a reply with files the applicant sent to the case, and only their own', async () => {
    const { agent, caseworker, caseId } = await submittedCaseWithCaseworker(t);
    const { body, contentType } = multipartBody([
      { name: 'category', value: 'other' },
      { name: 'file', filename: 'intyg.pdf', content: samplePdf() },
    ]);
    const sent = await agent
      .post(`/api/applicant/cases/${caseId}/attachments`)
      .set('content-type', contentType)
      .send(body);
    const fileId = (sent.body.items as { id: string }[])[0]!.id;
    await agent
      .post(`/api/applicant/cases/${caseId}/messages`)
      .send({ body: 'Här är intyget.', attachmentIds: [fileId] })
      .expect(201);
    const thread = await caseworker.get(`/api/staff/cases/${caseId}/messages`).expect(200);
    expect(thread.body.items[0].attachments).toEqual([
      { id: fileId, fileName: 'intyg.pdf', contentType: 'application/pdf', applicantDownloadedAt: null },
    ]);

    const other = await submittedCaseWithCaseworker(t);
    await other.agent
      .post(`/api/applicant/cases/${other.caseId}/messages`)
      .send({ body: 'Med någon annans fil', attachmentIds: [fileId] })
      .expect(404);
    const theirs = await other.agent.get(`/api/applicant/cases/${other.caseId}/messages`).expect(200);
    expect(theirs.body.items).toEqual([]);
  });

  it('refuses an empty message', async () => {
    const { agent, caseId } = await submittedCaseWithCaseworker(t);
    const response = await agent.post(`/api/applicant/cases/${caseId}/messages`).send({ body: '   ' }).expect(400);
    expect(response.body.type).toBe('urn:ebistans:problem:validation');
  });

  it('gives another applicant and a caseworker of another municipality 404', async () => {
    const { municipality, caseId } = await submittedCaseWithCaseworker(t);
    const other = await loginApplicant(
      t.app,
      await createApplicant(t.database.db, municipality.id),
      municipality.slug,
      TEST_PASSWORD,
    );
    await other.get(`/api/applicant/cases/${caseId}/messages`).expect(404);
    await other.post(`/api/applicant/cases/${caseId}/messages`).send({ body: 'Hej' }).expect(404);
    await other.get(`/api/applicant/cases/${caseId}/events`).expect(404);
    const elsewhere = await createMunicipality(t.database.db);
    const stranger = await loginStaff(t.app, await createStaff(t.database.db, elsewhere.id), TEST_PASSWORD);
    await stranger.get(`/api/staff/cases/${caseId}/messages`).expect(404);
    await stranger.post(`/api/staff/cases/${caseId}/messages`).send({ body: 'Hej' }).expect(404);
  });
});
