import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicants, municipalities, staff } from '../../src/db/schema/index.js';
import { createJobQueue } from '../../src/lib/job-queue.js';
import { createApplicantNotifier } from '../../src/modules/notifications/applicant-notifier.js';
import { createStaffNotifier } from '../../src/modules/notifications/staff-notifier.js';
import {
  createApplicant,
  createMunicipality,
  createStaff,
  TEST_PASSWORD,
  validApplication,
} from '../helpers/fixtures.js';
import { loginApplicant, loginStaff } from '../helpers/login.js';
import { startSmtpServer } from '../helpers/smtp-server.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * The events of issue 6 that the services raise themselves: each reaches the mail server once, never the
 * colleague who caused it, nothing when the municipality turned it off, and nothing when it rolled back.
 */

const PUBLIC_URL = 'https://ebistans.kommun.example';

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
const nextAddress = (kind: string) => `${kind}${++addresses}@events.example`;

/**
 * A case the applicant (with an e-mail address) submitted on the web, assigned to two caseworkers with
 * addresses: `actor` does things in the tests, `colleague` should hear of them. Both were also told of the
 * new case, and the colleague of the assignment: the tests look at what came `since`.
 */
async function assignedCase(settings?: Record<string, unknown>) {
  const municipality = await createMunicipality(t.database.db);
  if (settings) {
    await t.database.db.update(municipalities).set({ settings }).where(eq(municipalities.id, municipality.id));
  }
  const created = await createApplicant(t.database.db, municipality.id);
  const email = nextAddress('sokande');
  await t.database.db.update(applicants).set({ email }).where(eq(applicants.id, created.id));
  const member = async () => {
    const row = await createStaff(t.database.db, municipality.id);
    const address = nextAddress('handlaggare');
    await t.database.db.update(staff).set({ email: address }).where(eq(staff.id, row.id));
    return { ...row, email: address };
  };
  const actorRow = await member();
  const colleague = await member();

  const agent = await loginApplicant(t.app, created, municipality.slug, TEST_PASSWORD);
  const submitted = await agent.post('/api/applicant/applications').send(validApplication()).expect(201);
  const caseId = submitted.body.id as string;
  const actor = await loginStaff(t.app, actorRow, TEST_PASSWORD);
  await actor
    .put(`/api/staff/cases/${caseId}/assignees`)
    .send({ staffIds: [actorRow.id, colleague.id] })
    .expect(200);
  await settled(caseId);
  // What the tests' own events send comes after the e-mails of the submission and the assignment.
  const since = smtp.received.length;
  return { municipality, applicant: { ...created, email }, agent, actor, actorRow, colleague, caseId, since };
}

/** The case's notification jobs of both queues. */
async function jobsFor(caseId: string) {
  const { rows } = await t.database.executeSql(
    `select name, state, data from pgboss.job
      where name in ('applicant-notifications', 'staff-notifications') and data->>'caseId' = $1 order by created_on`,
    [caseId],
  );
  return rows as { name: string; state: string; data: { event: string; channel?: string } }[];
}

/** The jobs as `queue:event` (the applicant's with the channel), sorted: one transaction's jobs share a time. */
const eventsOf = (jobs: Awaited<ReturnType<typeof jobsFor>>) =>
  jobs
    .map((job) => `${job.name.split('-')[0]}:${job.data.event}${job.data.channel ? `:${job.data.channel}` : ''}`)
    .sort();

/** Waits until every notification job of the case is done, so that a wrong or second e-mail would have arrived. */
async function settled(caseId: string) {
  return waitFor(async () => {
    const jobs = await jobsFor(caseId);
    return jobs.length > 0 && jobs.every((job) => job.state === 'completed') ? jobs : undefined;
  });
}

const receivedBy = (address: string, since = 0) =>
  smtp.received.slice(since).filter((email) => email.envelopeTo.includes(address));
const subjectsTo = (address: string, since = 0) => receivedBy(address, since).map((email) => email.mail.subject);

const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

describe('notifications to the applicant', () => {
  it('confirms an application submitted on the web, once', async () => {
    const { applicant, municipality, caseId } = await assignedCase();
    expect(subjectsTo(applicant.email)).toEqual([`Din ansökan har kommit in till ${municipality.name}`]);
    const receipt = smtp.received.find((email) => email.envelopeTo.includes(applicant.email))!;
    expect(receipt.mail.text).toContain(`${PUBLIC_URL}/kommun/${municipality.slug}`);
    expect(eventsOf(await jobsFor(caseId)).filter((event) => event.startsWith('applicant'))).toEqual([
      'applicant:case-submitted:email',
      'applicant:case-submitted:sms',
    ]);
  });

  it('sends no receipt for a case a caseworker registers from paper', async () => {
    const { municipality, actor } = await assignedCase();
    const onPaper = await createApplicant(t.database.db, municipality.id);
    const email = nextAddress('papper');
    await t.database.db.update(applicants).set({ email }).where(eq(applicants.id, onPaper.id));
    const registered = await actor
      .post('/api/staff/manual-cases')
      .send({ ...validApplication(), applicantId: onPaper.id, channel: 'paper' })
      .expect(201);
    const jobs = await jobsFor(registered.body.id as string);
    expect(jobs.filter((job) => job.name === 'applicant-notifications')).toEqual([]);
    expect(subjectsTo(email)).toEqual([]);
  });

  it('tells of a message from the caseworker, once, without its content', async () => {
    const { applicant, municipality, actor, caseId } = await assignedCase();
    await actor.post(`/api/staff/cases/${caseId}/messages`).send({ body: 'Vi behöver prata om hyran.' }).expect(201);
    const jobs = await settled(caseId);

    expect(eventsOf(jobs).filter((event) => event.endsWith(':email'))).toEqual([
      'applicant:case-submitted:email',
      'applicant:message-from-caseworker:email',
    ]);
    expect(subjectsTo(applicant.email)).toEqual([
      `Din ansökan har kommit in till ${municipality.name}`,
      `Ny information från ${municipality.name}`,
    ]);
    const [, news] = receivedBy(applicant.email);
    expect(news!.mail.text).not.toContain('hyran');
  });

  it('tells of a supplement request, once', async () => {
    const { applicant, municipality, actor, caseId } = await assignedCase();
    await actor
      .post(`/api/staff/cases/${caseId}/supplement-requests`)
      .send({ message: 'Skicka hyresavin.', dueDate: inTwoWeeks(), receiptCategories: [] })
      .expect(201);
    const jobs = await settled(caseId);

    expect(eventsOf(jobs)).toContain('applicant:supplement-requested:email');
    expect(subjectsTo(applicant.email)).toEqual([
      `Din ansökan har kommit in till ${municipality.name}`,
      `Ny information från ${municipality.name}`,
    ]);
  });

  it('tells of a case that ends as closed, not also as a status change; an ongoing change as a status change', async () => {
    const ended = await assignedCase();
    await ended.actor.post(`/api/staff/cases/${ended.caseId}/status`).send({ status: 'withdrawn' }).expect(200);
    const ongoing = await assignedCase();
    await ongoing.actor.post(`/api/staff/cases/${ongoing.caseId}/status`).send({ status: 'in_progress' }).expect(200);

    const applicantEvents = async (caseId: string) =>
      eventsOf(await settled(caseId)).filter((event) => event.startsWith('applicant') && !event.includes('submitted'));
    expect(await applicantEvents(ended.caseId)).toEqual(['applicant:case-closed:email', 'applicant:case-closed:sms']);
    expect(subjectsTo(ended.applicant.email, ended.since)).toHaveLength(1);
    expect(await applicantEvents(ongoing.caseId)).toEqual([
      'applicant:status-changed:email',
      'applicant:status-changed:sms',
    ]);
    expect(subjectsTo(ongoing.applicant.email, ongoing.since)).toHaveLength(1);
  });
});

describe('notifications to the colleagues on the case', () => {
  it('tells the other assignees of a status change, not the caseworker who made it', async () => {
    const { actorRow, colleague, actor, caseId, since } = await assignedCase();
    await actor.post(`/api/staff/cases/${caseId}/status`).send({ status: 'in_progress' }).expect(200);
    await settled(caseId);

    expect(subjectsTo(colleague.email, since)).toEqual(['Ett ärende har fått ny status']);
    const [email] = receivedBy(colleague.email, since);
    expect(email!.mail.text).toContain(`${PUBLIC_URL}/handlaggare/arenden/${caseId}`);
    expect(subjectsTo(actorRow.email, since)).toEqual([]);
  });

  it('tells the other assignees of an internal note, without its content, not its writer', async () => {
    const { actorRow, colleague, actor, caseId, since } = await assignedCase();
    await actor.post(`/api/staff/cases/${caseId}/notes`).send({ body: 'Ring hyresvärden.' }).expect(201);
    await settled(caseId);

    expect(subjectsTo(colleague.email, since)).toEqual(['Ny intern anteckning i ett ärende']);
    const [email] = receivedBy(colleague.email, since);
    expect(email!.mail.text).not.toContain('hyresvärden');
    expect(subjectsTo(actorRow.email, since)).toEqual([]);
  });
});

describe('the municipality’s switches', () => {
  it('sends nothing for the events it turned off', async () => {
    const { applicant, actorRow, colleague, actor, caseId, since } = await assignedCase({
      notifications: {
        applicant: {
          caseSubmitted: { email: false, sms: false },
          messageFromCaseworker: { email: false, sms: false },
          supplementRequested: { email: false, sms: false },
          caseClosed: { email: false, sms: false },
        },
        staff: { internalNote: false, statusChanged: false },
      },
    });
    await actor.post(`/api/staff/cases/${caseId}/messages`).send({ body: 'Hej' }).expect(201);
    await actor
      .post(`/api/staff/cases/${caseId}/supplement-requests`)
      .send({ message: 'Skicka hyresavin.', dueDate: inTwoWeeks(), receiptCategories: [] })
      .expect(201);
    await actor.post(`/api/staff/cases/${caseId}/notes`).send({ body: 'Anteckning' }).expect(201);
    await actor.post(`/api/staff/cases/${caseId}/status`).send({ status: 'withdrawn' }).expect(200);
    await settled(caseId);

    expect(subjectsTo(applicant.email)).toEqual([]);
    expect(subjectsTo(colleague.email, since)).toEqual([]);
    expect(subjectsTo(actorRow.email, since)).toEqual([]);
  });
});

describe('the outbox in the event’s transaction', () => {
  it('sends nothing for new events that rolled back', async () => {
    const { applicant, colleague, caseId, since } = await assignedCase();
    const queue = createJobQueue(t.database, t.app.log);
    const applicantNotifier = createApplicantNotifier(queue);
    const staffNotifier = createStaffNotifier(queue);
    const before = (await jobsFor(caseId)).length;

    await expect(
      t.database.db.transaction(async (tx) => {
        await applicantNotifier.caseNews(tx, caseId, 'message-from-caseworker');
        await applicantNotifier.caseNews(tx, caseId, 'case-closed');
        await staffNotifier.caseNews(tx, caseId, 'internal-note');
        await staffNotifier.caseNews(tx, caseId, 'status-changed');
        throw new Error('the event failed after the notifications were queued');
      }),
    ).rejects.toThrow('the event failed');

    expect(await jobsFor(caseId)).toHaveLength(before);
    // Only the receipt of the submission, from before.
    expect(subjectsTo(applicant.email)).toHaveLength(1);
    expect(subjectsTo(colleague.email, since)).toEqual([]);
  });
});
