import { startElksSimulator, type ElksSimulator } from '@ebistans/testing/elks-simulator';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicants, devOutbox, municipalities } from '../../src/db/schema/index.js';
import {
  createApplicant,
  createMunicipality,
  createStaff,
  TEST_PASSWORD,
  validApplication,
} from '../helpers/fixtures.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { waitFor } from '../helpers/wait-for.js';

const PUBLIC_URL = 'https://ebistans.kommun.example';
const SMS_FROM = 'Ekbistand';

let t: TestApp;
let elks: ElksSimulator;

beforeAll(async () => {
  elks = await startElksSimulator();
  // No SMTP: the e-mail goes to the dev outbox, where the tests count it.
  t = await createTestApp({
    PUBLIC_URL,
    SMS_PROVIDER: '46elks',
    ELKS_API_URL: elks.url,
    ELKS_USERNAME: elks.username,
    ELKS_PASSWORD: elks.password,
    SMS_FROM,
    NOTIFICATION_RETRY_LIMIT: '2',
    NOTIFICATION_RETRY_DELAY_SECONDS: '1',
  });
});
afterAll(async () => {
  await t.close();
  await elks.close();
});

/** The fixtures' numbers are Swedish mobile numbers as people type them (07…); 46elks gets them as +467…. */
const e164 = (mobile: string) => `+46${mobile.slice(1)}`;

/** The one-time code in the newest SMS the gateway took for this phone. */
function codeSentTo(mobile: string) {
  const message = elks.messages.findLast((sms) => sms.to === e164(mobile));
  const code = /\b(\d{6})\b/.exec(message?.message ?? '')?.[1];
  if (!code) throw new Error('No one-time code reached the gateway');
  return code;
}

/** The two-step login with the code read from the gateway, as the person would read it on their phone. */
async function logIn(kind: 'applicant' | 'staff', credentials: object, mobile: string) {
  const agent = request.agent(t.app.server);
  const started = await agent.post(`/api/auth/${kind}/login`).send(credentials).expect(200);
  await agent
    .post(`/api/auth/${kind}/verify`)
    .send({ challengeId: started.body.challengeId, code: codeSentTo(mobile) })
    .expect(200);
  return agent;
}

let addresses = 0;

/** A submitted case whose applicant has a mobile number and an e-mail address, and a logged-in caseworker. */
async function submittedCase() {
  const municipality = await createMunicipality(t.database.db);
  const created = await createApplicant(t.database.db, municipality.id);
  const email = `sms-sokande${++addresses}@example.se`;
  await t.database.db.update(applicants).set({ email }).where(eq(applicants.id, created.id));
  const applicant = { ...created, mobile: created.mobile!, email };
  const agent = await logIn(
    'applicant',
    { municipality: municipality.slug, personnummer: applicant.personnummer, password: TEST_PASSWORD },
    applicant.mobile,
  );
  const application = await agent.post('/api/applicant/applications').send(validApplication()).expect(201);
  const caseId = application.body.id as string;
  // The receipt of the submission is sent before the tests count what their status change sends.
  await settled(caseId, 'case-submitted');
  const member = await createStaff(t.database.db, municipality.id);
  const caseworker = await logIn('staff', { username: member.username, password: TEST_PASSWORD }, member.mobile!);
  return { municipality, applicant, caseworker, caseId };
}

interface QueuedJob {
  channel: 'email' | 'sms';
  state: string;
  retry_count: number;
}

/** The applicant's notification jobs of the case for the event, one per channel, as pg-boss keeps them. */
async function jobsFor(caseId: string, event: string) {
  const { rows } = await t.database.executeSql(
    `select data->>'channel' as channel, state, retry_count from pgboss.job
      where name = 'applicant-notifications' and data->>'caseId' = $1 and data->>'event' = $2 order by created_on`,
    [caseId, event],
  );
  return rows as QueuedJob[];
}

/** Waits until no job of the case can run again, so that a second SMS would have had its chance to arrive. */
async function settled(caseId: string, event = 'status-changed') {
  return waitFor(async () => {
    const jobs = await jobsFor(caseId, event);
    return jobs.length > 0 && jobs.every((job) => job.state === 'completed' || job.state === 'failed')
      ? jobs
      : undefined;
  });
}

const jobOn = (jobs: QueuedJob[], channel: QueuedJob['channel']) => jobs.find((job) => job.channel === channel);

/** What the gateway took for this phone from the `since`th message on. */
const smsTo = (mobile: string, since: number) => elks.messages.slice(since).filter((sms) => sms.to === e164(mobile));

/** The e-mails about the status change (the receipt of the submission went to the same address before). */
async function emailsTo(address: string) {
  const emails = await t.database.db
    .select()
    .from(devOutbox)
    .where(and(eq(devOutbox.channel, 'email'), eq(devOutbox.recipient, address)));
  return emails.filter((email) => email.body.includes('Det finns ny information'));
}

describe('SMS through the 46elks gateway', () => {
  it('sends the one-time login code through the gateway, from SMS_FROM, to the number in E.164', async () => {
    const municipality = await createMunicipality(t.database.db);
    const applicant = await createApplicant(t.database.db, municipality.id);
    const agent = await logIn(
      'applicant',
      { municipality: municipality.slug, personnummer: applicant.personnummer, password: TEST_PASSWORD },
      applicant.mobile!,
    );

    const sms = elks.messages.findLast((message) => message.to === e164(applicant.mobile!));
    expect(sms).toMatchObject({ from: SMS_FROM, to: e164(applicant.mobile!) });
    expect(sms!.message).toMatch(/^Din engångskod för e-tjänsten ekonomiskt bistånd är \d{6}\. /);
    await agent.get('/api/auth/session').expect(200);
    // Nothing went to the dev outbox: the codes are not printed to the log either.
    expect(await t.database.db.select().from(devOutbox).where(eq(devOutbox.channel, 'sms'))).toEqual([]);
  });

  it('sends one neutral SMS on a status change, and the e-mail still once', async () => {
    const { caseworker, caseId, applicant, municipality } = await submittedCase();
    const since = elks.messages.length;
    await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'in_progress' }).expect(200);

    const jobs = await settled(caseId);
    expect(jobs.map((job) => `${job.channel}:${job.state}`).sort()).toEqual(['email:completed', 'sms:completed']);
    const sent = smsTo(applicant.mobile, since);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      from: SMS_FROM,
      message: `Det finns ny information i dina ärendehändelser hos ${municipality.name}. Logga in för att läsa den: ${PUBLIC_URL}/kommun/${municipality.slug}`,
    });
    for (const value of [applicant.personnummer, applicant.givenName, applicant.familyName]) {
      expect(sent[0]!.message).not.toContain(value);
    }
    expect(await emailsTo(applicant.email)).toHaveLength(1);
  });

  it('sends only the e-mail when the municipality has turned SMS off for the event', async () => {
    const { caseworker, caseId, applicant, municipality } = await submittedCase();
    await t.database.db
      .update(municipalities)
      .set({ settings: { notifications: { applicant: { statusChanged: { email: true, sms: false } } } } })
      .where(eq(municipalities.id, municipality.id));
    const since = elks.messages.length;
    await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'in_progress' }).expect(200);

    const jobs = await settled(caseId);
    // The SMS job still runs, and is skipped when it reads the setting.
    expect(jobs.map((job) => `${job.channel}:${job.state}`).sort()).toEqual(['email:completed', 'sms:completed']);
    expect(smsTo(applicant.mobile, since)).toEqual([]);
    expect(await emailsTo(applicant.email)).toHaveLength(1);
  });

  it('retries while the gateway is down and delivers once, without sending the e-mail again', async () => {
    const { caseworker, caseId, applicant } = await submittedCase();
    const since = elks.messages.length;
    elks.failNext(2);
    await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'in_progress' }).expect(200);

    const jobs = await settled(caseId);
    expect(jobOn(jobs, 'sms')).toMatchObject({ state: 'completed', retry_count: 2 });
    expect(jobOn(jobs, 'email')).toMatchObject({ state: 'completed', retry_count: 0 });
    expect(smsTo(applicant.mobile, since)).toHaveLength(1);
    expect(await emailsTo(applicant.email)).toHaveLength(1);
  });

  it('fails the SMS job after its retries when the gateway refuses the credentials, and sends nothing', async () => {
    const { caseworker, caseId, applicant } = await submittedCase();
    const since = elks.messages.length;
    const requestsBefore = elks.requestCount();
    const password = elks.password;
    elks.changePassword('rotated-at-46elks');
    try {
      await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'in_progress' }).expect(200);
      const jobs = await settled(caseId);
      // The first attempt and both retries, each refused.
      expect(jobOn(jobs, 'sms')).toMatchObject({ state: 'failed', retry_count: 2 });
      expect(elks.requestCount() - requestsBefore).toBe(3);
      expect(smsTo(applicant.mobile, since)).toEqual([]);
      // The e-mail is its own job and went out all the same.
      expect(jobOn(jobs, 'email')).toMatchObject({ state: 'completed' });
      expect(await emailsTo(applicant.email)).toHaveLength(1);
    } finally {
      elks.changePassword(password);
    }
  });
});
