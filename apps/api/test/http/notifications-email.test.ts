import { formatIdentityNumber } from '@ebistans/schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicants, municipalities } from '../../src/db/schema/index.js';
import { createJobQueue } from '../../src/lib/job-queue.js';
import { createApplicantNotifier } from '../../src/modules/notifications/applicant-notifier.js';
import { applicantKeys, staffKeys } from '../../src/modules/notifications/notification-settings.js';
import {
  applicantNotification,
  notificationLanguages,
  notificationTemplatesInputSchema,
  staffNotification,
} from '../../src/modules/notifications/notification-templates.js';
import { applicantEvents, applicantTemplates, staffEvents } from '../../src/modules/notifications/templates/index.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { startSmtpServer, type ReceivedEmail } from '../helpers/smtp-server.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { waitFor } from '../helpers/wait-for.js';

const PUBLIC_URL = 'https://ebistans.kommun.example';
const MAIL_FROM = 'Ekonomiskt bistånd <noreply@ebistans.kommun.example>';

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

/** A submitted case whose applicant has an e-mail address, in a municipality with its own sender. */
async function caseWithEmail(emailFrom?: string) {
  const setup = await submittedCaseWithCaseworker(t);
  // The receipt of the submission is done before the address is set, so it reaches no one here.
  await waitFor(async () => {
    const { rows } = await t.database.executeSql(
      "select state from pgboss.job where name = 'applicant-notifications' and data->>'caseId' = $1",
      [setup.caseId],
    );
    const states = rows as { state: string }[];
    return (states.length > 0 && states.every((row) => row.state === 'completed')) || undefined;
  });
  const email = `sokande${++addresses}@example.se`;
  await t.database.db.update(applicants).set({ email }).where(eq(applicants.id, setup.applicant.id));
  if (emailFrom) {
    await t.database.db
      .update(municipalities)
      .set({ settings: { notifications: { emailFrom } } })
      .where(eq(municipalities.id, setup.municipality.id));
  }
  return { ...setup, email };
}

const sentTo = (address: string) => smtp.received.filter((item) => item.envelopeTo.includes(address));

/** The queue's own record of the case's notification jobs, as pg-boss keeps them. */
async function jobsFor(caseId: string) {
  const { rows } = await t.database.executeSql(
    // Staff hear of the same cases through their own queue, and the applicant's SMS has jobs of its own;
    // only the applicant's e-mail jobs after the receipt of the submission are counted here.
    `select id, state, retry_count from pgboss.job where name = 'applicant-notifications' and data->>'caseId' = $1
      and data->>'channel' = 'email' and data->>'event' <> 'case-submitted' order by created_on`,
    [caseId],
  );
  return rows as { id: string; state: string; retry_count: number }[];
}

/** Waits until every job of the case is done, so that a second e-mail would have had its chance to arrive. */
async function settled(caseId: string) {
  return waitFor(async () => {
    const jobs = await jobsFor(caseId);
    return jobs.length > 0 && jobs.every((job) => job.state === 'completed') ? jobs : undefined;
  });
}

/** What an applicant's own data looks like in text, in every form someone might write it. */
function personalDataOf(applicant: { personnummer: string; givenName: string; familyName: string }) {
  return [
    applicant.personnummer,
    applicant.personnummer.slice(2),
    formatIdentityNumber(applicant.personnummer),
    applicant.givenName,
    applicant.familyName,
  ];
}

function expectNeutral(text: string, applicant: Parameters<typeof personalDataOf>[0]) {
  for (const value of personalDataOf(applicant)) expect(text).not.toContain(value);
  // Amounts and identity numbers alike: no digits except in the login link.
  expect(text.replaceAll(/https:\/\/\S+/g, '')).not.toMatch(/\d/);
  expect(text).not.toMatch(/\bkr\b|kronor|SEK/i);
}

const bodyOf = (email: ReceivedEmail) => `${email.mail.subject ?? ''}\n${email.mail.text ?? ''}`;

describe('e-mail to the applicant on news in the case', () => {
  it('sends exactly one neutral e-mail on a status change, from the municipality, with a stable Message-ID', async () => {
    const { caseworker, caseId, applicant, municipality, email } = await caseWithEmail(
      'Socialtjänsten <socialtjansten@kommun.example>',
    );
    await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'in_progress' }).expect(200);

    const [job] = await settled(caseId);
    const received = sentTo(email);
    expect(received).toHaveLength(1);
    const [message] = received as [ReceivedEmail];
    expect(message.envelopeFrom).toBe('socialtjansten@kommun.example');
    expect(message.mail.from?.value).toEqual([{ name: 'Socialtjänsten', address: 'socialtjansten@kommun.example' }]);
    expect(message.mail.messageId).toBe(`<${job!.id}@ebistans.kommun.example>`);
    expect(message.mail.subject).toBe(`Ny information från ${municipality.name}`);
    expect(message.mail.text).toContain(`Det finns ny information i dina ärendehändelser hos ${municipality.name}.`);
    expect(message.mail.text).toContain(`${PUBLIC_URL}/kommun/${municipality.slug}`);
    for (const value of personalDataOf(applicant)) expect(bodyOf(message)).not.toContain(value);
  });

  it('sends one on a recorded decision, from MAIL_FROM when the municipality has no sender, without the amount', async () => {
    const { caseworker, caseId, applicant, email } = await caseWithEmail();
    const decision = await caseworker
      .post(`/api/staff/cases/${caseId}/decision`)
      .send({
        outcome: 'avvisning',
        amount: null,
        motivation: 'Ansökan gäller en annan kommun.',
        costs: [],
        incomes: [],
        hindrances: { applicant: 'unemployed_no_benefit', coApplicant: 'part_time_insufficient_income' },
      })
      .expect(201);
    const calculated = String((decision.body as { calculation: { total: number } }).calculation.total);

    await settled(caseId);
    const [message] = sentTo(email) as [ReceivedEmail];
    expect(sentTo(email)).toHaveLength(1);
    expect(message.mail.from?.value).toEqual([
      { name: 'Ekonomiskt bistånd', address: 'noreply@ebistans.kommun.example' },
    ]);
    expect(bodyOf(message)).not.toContain(calculated);
    for (const value of personalDataOf(applicant)) expect(bodyOf(message)).not.toContain(value);
  });

  it('sends nothing to an applicant without an e-mail address, or with a protected identity', async () => {
    const without = await submittedCaseWithCaseworker(t);
    const hidden = await caseWithEmail();
    await t.database.db
      .update(applicants)
      .set({ protectedIdentity: true })
      .where(eq(applicants.id, hidden.applicant.id));
    await without.caseworker.post(`/api/staff/cases/${without.caseId}/status`).send({ status: 'in_progress' });
    await hidden.caseworker.post(`/api/staff/cases/${hidden.caseId}/status`).send({ status: 'in_progress' });

    await settled(without.caseId);
    await settled(hidden.caseId);
    expect(sentTo(hidden.email)).toHaveLength(0);
  });

  it('queues nothing when the event’s transaction rolls back, and exactly the committed one otherwise', async () => {
    const rolledBack = await caseWithEmail();
    const committed = await caseWithEmail();
    // A second process's view of the queue, sending only: jobs go through the same tables to the app's worker.
    const notifier = createApplicantNotifier(createJobQueue(t.database, t.app.log));

    await expect(
      t.database.db.transaction(async (tx) => {
        await notifier.caseNews(tx, rolledBack.caseId, 'status-changed');
        throw new Error('the event failed after the notification was queued');
      }),
    ).rejects.toThrow('the event failed');
    await t.database.db.transaction(async (tx) => {
      await notifier.caseNews(tx, committed.caseId, 'status-changed');
    });

    await settled(committed.caseId);
    expect(sentTo(committed.email)).toHaveLength(1);
    expect(await jobsFor(rolledBack.caseId)).toEqual([]);
    expect(sentTo(rolledBack.email)).toHaveLength(0);
  });

  it('retries with backoff while the mail server is down and delivers once it is back', async () => {
    const { caseworker, caseId, email } = await caseWithEmail();
    await smtp.stop();
    try {
      await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'in_progress' }).expect(200);
      await waitFor(async () => ((await jobsFor(caseId))[0]?.retry_count ?? 0) >= 1 || undefined);
      expect(sentTo(email)).toHaveLength(0);
    } finally {
      await smtp.start();
    }
    const [job] = await settled(caseId);
    expect(job!.retry_count).toBeGreaterThanOrEqual(1);
    expect(sentTo(email)).toHaveLength(1);
    expect(sentTo(email)[0]!.mail.messageId).toBe(`<${job!.id}@ebistans.kommun.example>`);
  });
});

describe('the templates', () => {
  it('carry no personnummer, name or amount in any event or language', () => {
    const applicant = { personnummer: '198001019802', givenName: 'Anna', familyName: 'Lindqvist' };
    const renderings = Object.entries(applicantTemplates).flatMap(([event, template]) =>
      Object.entries(template).map(([language, render]) => ({
        event,
        language,
        ...render({ municipalityName: 'Ekeby kommun', loginUrl: `${PUBLIC_URL}/kommun/ekeby` }),
      })),
    );
    // Every event, in both languages: a template added without its English text fails here.
    expect(renderings.map(({ event, language }) => `${event}/${language}`).sort()).toEqual(
      applicantEvents.flatMap((event) => [`${event}/sv`, `${event}/en`]).sort(),
    );
    for (const { subject, text, sms } of renderings) {
      for (const body of [text, sms]) {
        expect(body).toContain('Ekeby kommun');
        expect(body).toContain(`${PUBLIC_URL}/kommun/ekeby`);
      }
      expectNeutral(`${subject}\n${text}`, applicant);
      expectNeutral(sms, applicant);
      // One SMS part: 160 characters of the GSM alphabet, which has å, ä and ö.
      expect(sms.length).toBeLessThanOrEqual(160);
    }
  });

  it('carry none in the municipality’s own texts either, for every event and language, applicant and staff', () => {
    const applicant = { personnummer: '198001019802', givenName: 'Anna', familyName: 'Lindqvist' };
    const loginUrl = `${PUBLIC_URL}/kommun/ekeby`;
    const caseUrl = `${PUBLIC_URL}/handlaggare/arenden/0b7e2c8e-4c1a-4c55-9a39-2f1c1d6f3a10`;
    const own = {
      subject: 'Nytt från {kommun}',
      text: 'Hej!\n\nNågot nytt väntar på dig hos {kommun}.\n\nLogga in: {länk}',
      sms: 'Något nytt väntar hos {kommun}. Logga in: {länk}',
    };
    const everywhere = (keys: readonly string[], texts: object) =>
      Object.fromEntries(keys.map((key) => [key, { sv: texts, en: texts }]));
    const settings = {
      notifications: {
        templates: { applicant: everywhere(applicantKeys, own), staff: everywhere(staffKeys, own) },
      },
    };
    // Every event and language, once with the built-in text and once with the municipality's own.
    const municipalityName = 'Ekeby kommun';
    const each = <T>(render: (settings: unknown, language: 'sv' | 'en') => T[]) =>
      [undefined, settings].flatMap((municipalitySettings) =>
        notificationLanguages.flatMap((language) => render(municipalitySettings, language)),
      );
    const toApplicants = each((municipalitySettings, language) =>
      applicantEvents.map((event) =>
        applicantNotification(municipalitySettings, event, language, { municipalityName, loginUrl }),
      ),
    );
    const toStaff = each((municipalitySettings, language) =>
      staffEvents.map((event) =>
        staffNotification(municipalitySettings, event, language, { municipalityName, caseUrl }),
      ),
    );
    const renderings = [...toApplicants, ...toStaff];
    const events = applicantEvents.length + staffEvents.length;
    expect(renderings).toHaveLength(2 * 2 * events);
    expect(renderings.filter((rendered) => rendered.subject === 'Nytt från Ekeby kommun')).toHaveLength(2 * events);
    for (const rendered of renderings) expectNeutral(`${rendered.subject}\n${rendered.text}`, applicant);
    for (const { sms } of toApplicants) {
      expectNeutral(sms, applicant);
      expect(sms.length).toBeLessThanOrEqual(160);
    }

    // What an admin might try to write in: the person, an identity number, a case number or an amount.
    // The texts have no placeholder for the person, and digits are refused.
    for (const attempt of [
      'Hej {namn}, logga in: {länk}',
      'Ditt personnummer {personnummer}: {länk}',
      'Gäller 19800101-9802: {länk}',
      'Ärende EB-2026-0001: {länk}',
      'Du får 5 000 kronor: {länk}',
    ]) {
      const parsed = notificationTemplatesInputSchema.safeParse({
        applicant: { statusChanged: { sv: { ...own, text: attempt, sms: attempt } } },
        staff: {},
      });
      expect(parsed.success, attempt).toBe(false);
    }
  });
});
