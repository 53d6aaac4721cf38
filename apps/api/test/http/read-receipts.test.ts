import { eq } from 'drizzle-orm';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf } from '@ebistans/testing';
import { attachments, municipalities, staff } from '../../src/db/schema/index.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { createApplicant, createMunicipality, TEST_PASSWORD, validApplication } from '../helpers/fixtures.js';
import { loginApplicant } from '../helpers/login.js';
import { multipartBody } from '../helpers/multipart.js';
import { binary } from '../helpers/pdf.js';
import { startSmtpServer } from '../helpers/smtp-server.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const PUBLIC_URL = 'https://ebistans.kommun.example';
const SUBJECTS = {
  read: 'Den sökande har läst ett meddelande',
  downloaded: 'Den sökande har hämtat en fil',
};
const RECEIPTS_ON = { notifications: { staff: { messageRead: true, fileDownloaded: true } } };

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({
    PUBLIC_URL,
    SMTP_URL: smtp.url(),
    MAIL_FROM: 'noreply@ebistans.kommun.example',
    NOTIFICATION_RETRY_DELAY_SECONDS: '1',
  });
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

let addresses = 0;

/**
 * A submitted case the caseworker (with an e-mail address) has taken, and a message from them to the
 * applicant with a letter attached; with `settings`, the municipality's own notification settings.
 */
async function caseWithLetter(settings?: Record<string, unknown>) {
  const setup = await submittedCaseWithCaseworker(t);
  const { caseworker, caseId } = setup;
  if (settings) {
    await t.database.db.update(municipalities).set({ settings }).where(eq(municipalities.id, setup.municipality.id));
  }
  const email = `handlaggare${++addresses}@kommun.example`;
  await t.database.db.update(staff).set({ email }).where(eq(staff.id, setup.member.id));
  await caseworker.post(`/api/staff/cases/${caseId}/take`).expect(200);
  const letter = await uploadDocument(caseworker, caseId, 'brev.pdf');
  await caseworker
    .post(`/api/staff/cases/${caseId}/messages`)
    .send({ body: 'Här är brevet.', attachmentIds: [letter] })
    .expect(201);
  await settled(caseId);
  return { ...setup, email, letter };
}

async function uploadDocument(caseworker: request.Agent, caseId: string, filename: string) {
  const { body, contentType } = multipartBody([{ name: 'file', filename, content: samplePdf() }]);
  const uploaded = await caseworker
    .post(`/api/staff/cases/${caseId}/documents`)
    .set('content-type', contentType)
    .send(body)
    .expect(201);
  return uploaded.body.items[0].id as string;
}

const download = (agent: request.Agent, caseId: string, fileId: string) =>
  agent.get(`/api/applicant/cases/${caseId}/attachments/${fileId}/content`).buffer(true).parse(binary);

/** The caseworker's thread; reading it never sets the applicant's receipts. */
async function staffThread(caseworker: request.Agent, caseId: string) {
  const response = await caseworker.get(`/api/staff/cases/${caseId}/messages`).expect(200);
  return response.body.items as {
    direction: string;
    body: string;
    readAt: string | null;
    attachments: { id: string; fileName: string; applicantDownloadedAt: string | null }[];
  }[];
}

async function downloadedAt(fileId: string) {
  const [row] = await t.database.db
    .select({ at: attachments.applicantDownloadedAt })
    .from(attachments)
    .where(eq(attachments.id, fileId));
  return row!.at;
}

/** Waits until every staff notification job of the case is done, so that a wrong or second e-mail would be here. */
async function settled(caseId: string) {
  const until = Date.now() + 15_000;
  for (;;) {
    const { rows } = await t.database.executeSql(
      "select state from pgboss.job where name = 'staff-notifications' and data->>'caseId' = $1",
      [caseId],
    );
    if (rows.length > 0 && rows.every((row) => (row as { state: string }).state === 'completed')) return;
    if (Date.now() > until) throw new Error('Timed out waiting for the staff notifications');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const mailTo = (email: string, subject: string) =>
  smtp.received.filter((mail) => mail.envelopeTo.includes(email) && mail.mail.subject === subject);

/** A time stamped by this test's action: at or after `start` (allowing for the clocks of app and database). */
function expectStampedSince(value: string | null | undefined, start: number) {
  expect(value).toEqual(expect.any(String));
  expect(Date.parse(value!)).toBeGreaterThanOrEqual(start - 1000);
  expect(Date.parse(value!)).toBeLessThanOrEqual(Date.now() + 1000);
}

describe('read receipts', () => {
  it('the applicant opening the thread marks the caseworker’s messages read; the caseworker reading it does not', async () => {
    const { agent, caseworker, caseId } = await caseWithLetter();
    expect((await staffThread(caseworker, caseId))[0]!.readAt).toBeNull();
    expect((await staffThread(caseworker, caseId))[0]!.readAt).toBeNull();

    const start = Date.now();
    await agent.get(`/api/applicant/cases/${caseId}/messages`).expect(200);
    await agent.post(`/api/applicant/cases/${caseId}/messages`).send({ body: 'Tack!' }).expect(201);
    const [mine, reply] = await staffThread(caseworker, caseId);
    expect(mine!.direction).toBe('to_applicant');
    expectStampedSince(mine!.readAt, start);
    // The first opening's time stays: opening again is no new reading.
    await agent.get(`/api/applicant/cases/${caseId}/messages`).expect(200);
    expect((await staffThread(caseworker, caseId))[0]!.readAt).toBe(mine!.readAt);
    expect(reply!.direction).toBe('from_applicant');
  });

  it('shows the caseworker when the applicant read a message outside any case, not when staff read it', async () => {
    const { applicant, agent, caseworker } = await submittedCaseWithCaseworker(t);
    await caseworker
      .post(`/api/staff/applicants/${applicant.id}/messages`)
      .send({ body: 'Välkommen på möte.' })
      .expect(201);
    const list = async () =>
      (await caseworker.get(`/api/staff/applicants/${applicant.id}/messages`).expect(200)).body.items as {
        readAt: string | null;
      }[];
    expect((await list())[0]!.readAt).toBeNull();
    expect((await list())[0]!.readAt).toBeNull();

    const start = Date.now();
    await agent.get('/api/applicant/messages').expect(200);
    expectStampedSince((await list())[0]!.readAt, start);
  });
});

describe('download receipts', () => {
  it('stamps the applicant’s first download of a file the caseworker sent, and only the first', async () => {
    const { agent, caseworker, caseId, letter } = await caseWithLetter();
    // The caseworker opening their own letter is no receipt.
    await caseworker.get(`/api/staff/cases/${caseId}/attachments/${letter}/content`).expect(200);
    expect((await staffThread(caseworker, caseId))[0]!.attachments).toEqual([
      expect.objectContaining({ id: letter, fileName: 'brev.pdf', applicantDownloadedAt: null }),
    ]);

    const start = Date.now();
    const first = await download(agent, caseId, letter).expect(200);
    expect(Buffer.compare(first.body as Buffer, samplePdf())).toBe(0);
    const [file] = (await staffThread(caseworker, caseId))[0]!.attachments;
    expectStampedSince(file!.applicantDownloadedAt, start);

    await download(agent, caseId, letter).expect(200);
    expect((await staffThread(caseworker, caseId))[0]!.attachments[0]!.applicantDownloadedAt).toBe(
      file!.applicantDownloadedAt,
    );
    // Handlingar shows the same receipt.
    const documents = await caseworker.get(`/api/staff/cases/${caseId}/documents`).expect(200);
    expect(documents.body.items).toEqual([
      expect.objectContaining({ id: letter, applicantDownloadedAt: file!.applicantDownloadedAt }),
    ]);
  });

  it('stamps nothing for the applicant’s own files', async () => {
    const { agent, caseworker, caseId } = await submittedCaseWithCaseworker(t);
    const { body, contentType } = multipartBody([
      { name: 'category', value: 'other' },
      { name: 'file', filename: 'intyg.pdf', content: samplePdf() },
    ]);
    const sent = await agent
      .post(`/api/applicant/cases/${caseId}/attachments`)
      .set('content-type', contentType)
      .send(body)
      .expect(201);
    const own = sent.body.items[0].id as string;
    await agent.post(`/api/applicant/cases/${caseId}/messages`).send({ body: 'Intyget.', attachmentIds: [own] });
    await download(agent, caseId, own).expect(200);
    expect((await staffThread(caseworker, caseId))[0]!.attachments).toEqual([
      expect.objectContaining({ id: own, applicantDownloadedAt: null }),
    ]);
  });

  it('gives the applicant of another case or municipality a 404 and stamps nothing', async () => {
    const { municipality, caseId, letter } = await caseWithLetter();
    const neighbour = await createApplicant(t.database.db, municipality.id);
    const neighbourAgent = await loginApplicant(t.app, neighbour, municipality.slug, TEST_PASSWORD);
    const own = await neighbourAgent.post('/api/applicant/applications').send(validApplication()).expect(201);
    await download(neighbourAgent, caseId, letter).expect(404);
    await download(neighbourAgent, own.body.id as string, letter).expect(404);

    const elsewhere = await createMunicipality(t.database.db);
    const stranger = await createApplicant(t.database.db, elsewhere.id);
    const strangerAgent = await loginApplicant(t.app, stranger, elsewhere.slug, TEST_PASSWORD);
    await download(strangerAgent, caseId, letter).expect(404);

    expect(await downloadedAt(letter)).toBeNull();
  });
});

describe('notifications of the receipts', () => {
  it('e-mails the assignee once on the first reading and once on the first download, when turned on', async () => {
    const { agent, caseworker, caseId, email, letter } = await caseWithLetter(RECEIPTS_ON);
    // A second unread message: one opening that reads both is still one piece of news.
    await caseworker.post(`/api/staff/cases/${caseId}/messages`).send({ body: 'Och en sak till.' }).expect(201);

    await agent.get(`/api/applicant/cases/${caseId}/messages`).expect(200);
    await settled(caseId);
    expect(mailTo(email, SUBJECTS.read)).toHaveLength(1);
    expect(mailTo(email, SUBJECTS.read)[0]!.mail.text).toContain(`${PUBLIC_URL}/handlaggare/arenden/${caseId}`);

    await download(agent, caseId, letter).expect(200);
    await settled(caseId);
    expect(mailTo(email, SUBJECTS.downloaded)).toHaveLength(1);

    // Repeats are no news, and neither is the caseworker reading the thread or opening the file.
    await agent.get(`/api/applicant/cases/${caseId}/messages`).expect(200);
    await download(agent, caseId, letter).expect(200);
    await staffThread(caseworker, caseId);
    await caseworker.get(`/api/staff/cases/${caseId}/attachments/${letter}/content`).expect(200);
    await settled(caseId);
    expect(mailTo(email, SUBJECTS.read)).toHaveLength(1);
    expect(mailTo(email, SUBJECTS.downloaded)).toHaveLength(1);
  });

  it('e-mails nobody with the default settings, which leave the receipts off', async () => {
    const { agent, caseId, email, letter } = await caseWithLetter();
    await agent.get(`/api/applicant/cases/${caseId}/messages`).expect(200);
    await download(agent, caseId, letter).expect(200);
    await settled(caseId);
    expect(mailTo(email, SUBJECTS.read)).toEqual([]);
    expect(mailTo(email, SUBJECTS.downloaded)).toEqual([]);
  });
});
