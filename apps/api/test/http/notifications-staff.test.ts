import { exampleSupplement, formatIdentityNumber } from '@ebistans/schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicants, cases, municipalities, staff, type StaffRole } from '../../src/db/schema/index.js';
import { createJobQueue } from '../../src/lib/job-queue.js';
import { createStaffNotifier } from '../../src/modules/notifications/staff-notifier.js';
import { staffEvents, staffTemplates } from '../../src/modules/notifications/templates/index.js';
import {
  createApplicant,
  createMunicipality,
  createStaff,
  TEST_PASSWORD,
  TEST_PERIOD,
  validApplication,
} from '../helpers/fixtures.js';
import { loginApplicant, loginStaff } from '../helpers/login.js';
import { startSmtpServer, type ReceivedEmail } from '../helpers/smtp-server.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { waitFor } from '../helpers/wait-for.js';

const PUBLIC_URL = 'https://ebistans.kommun.example';
const MAIL_FROM = 'Ekonomiskt bistånd <noreply@ebistans.kommun.example>';

const SUBJECTS = {
  message: 'Nytt meddelande i ett ärende',
  supplement: 'Ny komplettering i ett ärende',
  newCase: 'Ett nytt ärende har kommit in',
  assigned: 'Du har fått ett ärende',
};

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({
    PUBLIC_URL,
    SMTP_URL: smtp.url(),
    MAIL_FROM,
    NOTIFICATION_RETRY_DELAY_SECONDS: '1',
  });
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

let addresses = 0;

/** A staff member of the municipality with an e-mail address, unless told to have none. */
async function member(municipalityId: string, options: { role?: StaffRole; restricted?: boolean; email?: false } = {}) {
  const row = await createStaff(t.database.db, municipalityId, options);
  if (options.email === false) return { ...row, email: null };
  const email = `personal${++addresses}@kommun.example`;
  await t.database.db.update(staff).set({ email }).where(eq(staff.id, row.id));
  return { ...row, email };
}

/**
 * A municipality whose staff exist before anything is submitted: three caseworkers who see every case
 * (one without an e-mail address), a restricted caseworker, an assistant and an administrator.
 */
async function municipalityWithStaff(settings?: Record<string, unknown>) {
  const municipality = await createMunicipality(t.database.db);
  if (settings) {
    await t.database.db.update(municipalities).set({ settings }).where(eq(municipalities.id, municipality.id));
  }
  return {
    municipality,
    first: await member(municipality.id),
    second: await member(municipality.id),
    withoutEmail: await member(municipality.id, { email: false }),
    restricted: await member(municipality.id, { restricted: true }),
    assistant: await member(municipality.id, { role: 'assistant' }),
    admin: await member(municipality.id, { role: 'admin' }),
  };
}

type Staffed = Awaited<ReturnType<typeof municipalityWithStaff>>;

/** The applicant submits the example application; what the staff are told of it is up to the test. */
async function submit(setup: Staffed) {
  const applicant = await createApplicant(t.database.db, setup.municipality.id);
  const agent = await loginApplicant(t.app, applicant, setup.municipality.slug, TEST_PASSWORD);
  const created = await agent.post('/api/applicant/applications').send(validApplication()).expect(201);
  return { applicant, agent, caseId: created.body.id as string };
}

/**
 * A submitted case the second caseworker assigned to themself, the first caseworker, the caseworker without
 * e-mail and the assistant.
 */
async function assignedCase(settings?: Record<string, unknown>) {
  const setup = await municipalityWithStaff(settings);
  const submitted = await submit(setup);
  const second = await loginStaff(t.app, setup.second, TEST_PASSWORD);
  await second
    .put(`/api/staff/cases/${submitted.caseId}/assignees`)
    .send({ staffIds: [setup.second.id, setup.first.id, setup.withoutEmail.id, setup.assistant.id] })
    .expect(200);
  await settled(submitted.caseId);
  return { ...setup, ...submitted };
}

const caseUrl = (caseId: string) => `${PUBLIC_URL}/handlaggare/arenden/${caseId}`;

/** Who received an e-mail about the case with this subject, one entry per e-mail, sorted. */
function recipientsOf(caseId: string, subject: string) {
  return received(caseId, subject)
    .flatMap((email) => email.envelopeTo)
    .sort();
}

const received = (caseId: string, subject: string) =>
  smtp.received.filter((email) => email.mail.subject === subject && (email.mail.text ?? '').includes(caseUrl(caseId)));

const sorted = (...emails: (string | null)[]) => emails.map(String).sort();

/** The queue's own record of the case's staff notification jobs. */
async function jobsFor(caseId: string) {
  const { rows } = await t.database.executeSql(
    "select id, state, data from pgboss.job where name = 'staff-notifications' and data->>'caseId' = $1 order by created_on",
    [caseId],
  );
  return rows as { id: string; state: string; data: Record<string, string> }[];
}

/** Waits until every staff job of the case is done, so that a wrong or second e-mail would have arrived. */
async function settled(caseId: string) {
  return waitFor(async () => {
    const jobs = await jobsFor(caseId);
    return jobs.length > 0 && jobs.every((job) => job.state === 'completed') ? jobs : undefined;
  });
}

/** No digits outside the link (no case number, personnummer or amount), and none of the applicant's data. */
function expectNeutral(text: string, applicant: { personnummer: string; givenName: string; familyName: string }) {
  for (const value of [
    applicant.personnummer,
    applicant.personnummer.slice(2),
    formatIdentityNumber(applicant.personnummer),
    applicant.givenName,
    applicant.familyName,
  ]) {
    expect(text).not.toContain(value);
  }
  expect(text.replaceAll(/https:\/\/\S+/g, '')).not.toMatch(/\d/);
  expect(text).not.toMatch(/\bkr\b|kronor|SEK/i);
}

const bodyOf = (email: ReceivedEmail) => `${email.mail.subject ?? ''}\n${email.mail.text ?? ''}`;

describe('e-mail to staff about a new case', () => {
  it('tells each caseworker who sees every case, once, with only the kind of news and the link', async () => {
    const setup = await municipalityWithStaff();
    const { caseId, applicant } = await submit(setup);
    const [job] = await settled(caseId);

    expect(recipientsOf(caseId, SUBJECTS.newCase)).toEqual(sorted(setup.first.email, setup.second.email));
    const [email] = received(caseId, SUBJECTS.newCase) as [ReceivedEmail];
    expect(email.mail.from?.value).toEqual([
      { name: 'Ekonomiskt bistånd', address: 'noreply@ebistans.kommun.example' },
    ]);
    expect(email.mail.text).toContain('En ny ansökan om ekonomiskt bistånd har kommit in till e-tjänsten.');
    expect(email.mail.text).toContain(`Öppna ärendet (du loggar in först): ${caseUrl(caseId)}`);
    expect(email.mail.messageId).toMatch(new RegExp(`^<${job!.id}\\.[0-9a-f-]{36}@ebistans\\.kommun\\.example>$`));
    const [stored] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(bodyOf(email)).not.toContain(stored!.caseNumber);
    expectNeutral(bodyOf(email), applicant);
  });

  it('tells only the function mailbox when the municipality has one, from the municipality’s sender', async () => {
    const setup = await municipalityWithStaff({
      notifications: {
        functionMailbox: 'ekonomiskt.bistand@kommun.example',
        emailFrom: 'Socialtjänsten <soc@kommun.example>',
      },
    });
    const { caseId } = await submit(setup);
    await settled(caseId);

    expect(recipientsOf(caseId, SUBJECTS.newCase)).toEqual(['ekonomiskt.bistand@kommun.example']);
    const [email] = received(caseId, SUBJECTS.newCase) as [ReceivedEmail];
    expect(email.envelopeFrom).toBe('soc@kommun.example');
  });

  it('tells nobody of a case a caseworker registers by hand, or of a test case', async () => {
    const setup = await municipalityWithStaff();
    const applicant = await createApplicant(t.database.db, setup.municipality.id);
    const caseworker = await loginStaff(t.app, setup.second, TEST_PASSWORD);
    const registered = await caseworker
      .post('/api/staff/manual-cases')
      .send({ ...validApplication(), applicantId: applicant.id, channel: 'paper' })
      .expect(201);
    expect(await jobsFor(registered.body.id as string)).toEqual([]);

    // A test-mode applicant's case is a test case: it is queued like any other, and told to nobody.
    const tester = await createApplicant(t.database.db, setup.municipality.id);
    await t.database.db
      .update(applicants)
      .set({ testOwnerStaffId: setup.second.id })
      .where(eq(applicants.id, tester.id));
    const agent = await loginApplicant(t.app, tester, setup.municipality.slug, TEST_PASSWORD);
    const created = await agent.post('/api/applicant/applications').send(validApplication()).expect(201);
    const testCaseId = created.body.id as string;
    await settled(testCaseId);
    expect(recipientsOf(testCaseId, SUBJECTS.newCase)).toEqual([]);
  });
});

describe('e-mail to the assigned staff', () => {
  it('tells them of the applicant’s message, each once, and nobody else', async () => {
    const setup = await assignedCase();
    await setup.agent
      .post(`/api/applicant/cases/${setup.caseId}/messages`)
      .send({ body: 'Hej, jag har fått jobb.' })
      .expect(201);
    await settled(setup.caseId);

    expect(recipientsOf(setup.caseId, SUBJECTS.message)).toEqual(
      sorted(setup.first.email, setup.second.email, setup.assistant.email),
    );
    for (const email of received(setup.caseId, SUBJECTS.message)) {
      expect(email.mail.text).toContain('Den sökande har skickat ett nytt meddelande i ett ärende som du handlägger.');
      expect(bodyOf(email)).not.toContain('jobb');
      expectNeutral(bodyOf(email), setup.applicant);
    }
  });

  it('tells them of a submitted supplement', async () => {
    const setup = await assignedCase();
    await setup.agent
      .post(`/api/applicant/cases/${setup.caseId}/supplements`)
      .send({ formVersion: 1, data: exampleSupplement(TEST_PERIOD) })
      .expect(201);
    await settled(setup.caseId);

    expect(recipientsOf(setup.caseId, SUBJECTS.supplement)).toEqual(
      sorted(setup.first.email, setup.second.email, setup.assistant.email),
    );
    for (const email of received(setup.caseId, SUBJECTS.supplement)) expectNeutral(bodyOf(email), setup.applicant);
  });

  it('tells a caseworker a colleague assigned the case to, but not one who takes it or assigns themself', async () => {
    const setup = await assignedCase();
    // The second caseworker's assignment in the set-up: the first caseworker and the assistant, each once.
    expect(recipientsOf(setup.caseId, SUBJECTS.assigned)).toEqual(sorted(setup.first.email, setup.assistant.email));
    const [email] = received(setup.caseId, SUBJECTS.assigned) as [ReceivedEmail];
    expect(email.mail.text).toContain('En kollega har gett dig ett ärende att handlägga.');

    const second = await loginStaff(t.app, setup.second, TEST_PASSWORD);
    await second.delete(`/api/staff/cases/${setup.caseId}/assignees/me`).expect(204);
    await second.post(`/api/staff/cases/${setup.caseId}/take`).expect(200);
    await settled(setup.caseId);
    const first = await loginStaff(t.app, setup.first, TEST_PASSWORD);
    // The first caseworker keeps themself and adds the restricted colleague: only the colleague hears of it.
    await first
      .put(`/api/staff/cases/${setup.caseId}/assignees`)
      .send({ staffIds: [setup.first.id, setup.restricted.id] })
      .expect(200);
    await settled(setup.caseId);

    expect(recipientsOf(setup.caseId, SUBJECTS.assigned)).toEqual(
      sorted(setup.first.email, setup.assistant.email, setup.restricted.email),
    );
  });

  it('tells nobody of events in a test case', async () => {
    const setup = await assignedCase();
    await t.database.db.update(cases).set({ isTest: true }).where(eq(cases.id, setup.caseId));
    await setup.agent.post(`/api/applicant/cases/${setup.caseId}/messages`).send({ body: 'Prov' }).expect(201);
    await settled(setup.caseId);
    expect(recipientsOf(setup.caseId, SUBJECTS.message)).toEqual([]);
  });
});

describe('the municipality’s switches', () => {
  it('turns off exactly the notifications it names; the rest stay on', async () => {
    const setup = await assignedCase({
      notifications: { staff: { messageFromApplicant: false, caseSubmitted: false, assigned: false } },
    });
    await setup.agent.post(`/api/applicant/cases/${setup.caseId}/messages`).send({ body: 'Hej' }).expect(201);
    await setup.agent
      .post(`/api/applicant/cases/${setup.caseId}/supplements`)
      .send({ formVersion: 1, data: exampleSupplement(TEST_PERIOD) })
      .expect(201);
    await settled(setup.caseId);

    expect(recipientsOf(setup.caseId, SUBJECTS.newCase)).toEqual([]);
    expect(recipientsOf(setup.caseId, SUBJECTS.assigned)).toEqual([]);
    expect(recipientsOf(setup.caseId, SUBJECTS.message)).toEqual([]);
    expect(recipientsOf(setup.caseId, SUBJECTS.supplement)).toEqual(
      sorted(setup.first.email, setup.second.email, setup.assistant.email),
    );
  });
});

describe('the outbox in the event’s transaction', () => {
  it('queues nothing when the event rolls back, and exactly the committed one otherwise', async () => {
    const rolledBack = await assignedCase();
    const committed = await assignedCase();
    const before = (await jobsFor(rolledBack.caseId)).length;
    // A second process's view of the queue, sending only: jobs go through the same tables to the app's worker.
    const notifier = createStaffNotifier(createJobQueue(t.database, t.app.log));

    await expect(
      t.database.db.transaction(async (tx) => {
        await notifier.caseNews(tx, rolledBack.caseId, 'message-from-applicant');
        throw new Error('the event failed after the notification was queued');
      }),
    ).rejects.toThrow('the event failed');
    await t.database.db.transaction(async (tx) => {
      await notifier.caseNews(tx, committed.caseId, 'message-from-applicant');
    });

    await settled(committed.caseId);
    expect(recipientsOf(committed.caseId, SUBJECTS.message)).toEqual(
      sorted(committed.first.email, committed.second.email, committed.assistant.email),
    );
    expect(await jobsFor(rolledBack.caseId)).toHaveLength(before);
    expect(recipientsOf(rolledBack.caseId, SUBJECTS.message)).toEqual([]);
  });
});

describe('the staff templates', () => {
  it('carry only the kind of news and the link, in every event and language', () => {
    const applicant = { personnummer: '198001019802', givenName: 'Anna', familyName: 'Lindqvist' };
    const link = caseUrl('0b7e2c8e-4c1a-4c55-9a39-2f1c1d6f3a10');
    const renderings = Object.entries(staffTemplates).flatMap(([event, template]) =>
      Object.entries(template).map(([language, render]) => ({ event, language, ...render({ caseUrl: link }) })),
    );
    expect(renderings.map(({ event, language }) => `${event}/${language}`).sort()).toEqual(
      staffEvents.flatMap((event) => [`${event}/sv`, `${event}/en`]).sort(),
    );
    for (const { subject, text } of renderings) {
      expect(text).toContain(link);
      expectNeutral(`${subject}\n${text}`, applicant);
    }
  });
});
