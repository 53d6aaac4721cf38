import { startElksSimulator, type ElksSimulator } from '@ebistans/testing/elks-simulator';
import { and, eq, inArray } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicants, auditLog, caseAssignees, cases, messages, municipalities } from '../../src/db/schema/index.js';
import { createApplicant, createMunicipality, createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { insertCase } from '../helpers/inbox-cases.js';
import { createMailingDelivery } from '../../src/modules/mailings/mailing-delivery.js';
import { createMailingsRepository } from '../../src/modules/mailings/mailings.repository.js';
import { createSmtpEmailSender } from '../../src/modules/notifications/email-sender.js';
import { startSmtpServer } from '../helpers/smtp-server.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const PUBLIC_URL = 'https://ebistans.kommun.example';
const MUNICIPALITY_FROM = 'Socialtjänsten Exempelby <soc@exempelby.example>';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let elks: ElksSimulator;

beforeAll(async () => {
  smtp = await startSmtpServer();
  elks = await startElksSimulator();
  t = await createTestApp({
    PUBLIC_URL,
    SMTP_URL: smtp.url(),
    MAIL_FROM: 'Ekonomiskt bistånd <noreply@ebistans.kommun.example>',
    SMS_PROVIDER: '46elks',
    ELKS_API_URL: elks.url,
    ELKS_USERNAME: elks.username,
    ELKS_PASSWORD: elks.password,
    SMS_FROM: 'Ekbistand',
    NOTIFICATION_RETRY_DELAY_SECONDS: '1',
  });
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
  await elks.close();
});

const e164 = (mobile: string) => `+46${mobile.slice(1)}`;

/** Staff log in with the code the gateway took for their phone, as they would read it. */
async function loginCaseworker(municipalityId: string, options: { restricted?: boolean } = {}) {
  const member = await createStaff(t.database.db, municipalityId, options);
  const agent = request.agent(t.app.server);
  const started = await agent
    .post('/api/auth/staff/login')
    .send({ username: member.username, password: TEST_PASSWORD })
    .expect(200);
  const sms = elks.messages.findLast((message) => message.to === e164(member.mobile!));
  const code = /\b(\d{6})\b/.exec(sms?.message ?? '')?.[1];
  await agent.post('/api/auth/staff/verify').send({ challengeId: started.body.challengeId, code }).expect(200);
  return { agent, member };
}

let seeded = 0;

/**
 * `count` applicants with one submitted case each, written with two INSERT … SELECTs: a mass mailing needs
 * thousands, which one by one (let alone through the API) would take minutes.
 */
async function seedApplicantsWithCases(municipalityId: string, count: number) {
  const prefix = `m${++seeded}`;
  await t.database.executeSql(
    `insert into applicants (municipality_id, personnummer, given_name, family_name, email, mobile)
     select $1, '1990' || lpad(i::text, 8, '0'), 'Mottagare', $2 || '-' || i, $2 || '-' || i || '@example.se',
            '073' || lpad(i::text, 7, '0')
       from generate_series(1, $3::int) as i`,
    [municipalityId, prefix, count],
  );
  await t.database.executeSql(
    `insert into cases (municipality_id, case_number, form_id, form_version, period, data, applicant_id, submitted_at)
     select a.municipality_id, '2026-' || lpad(row_number() over (order by a.id)::text, 6, '0'), 'monthly', 2,
            '2026-01', '{}'::jsonb, a.id, timestamptz '2026-01-15 10:00+01'
       from applicants a where a.municipality_id = $1 and a.family_name like $2 || '-%'`,
    [municipalityId, prefix],
  );
  return Array.from({ length: count }, (_, index) => `${prefix}-${index + 1}@example.se`);
}

interface MailingDetail {
  recipientCount: number;
  progress: { pending: number; sent: number; skipped: number; failed: number };
  finishedAt: string | null;
  failures: { caseId: string | null; caseNumber: string | null; status: string; errorCode: string }[];
}

/** Polls the mailing's page as the SPA does, keeping every progress seen, until it is finished. */
async function pollUntilFinished(agent: ReturnType<typeof request.agent>, mailingId: string, timeoutMs = 60_000) {
  const seen: MailingDetail[] = [];
  const until = Date.now() + timeoutMs;
  for (;;) {
    const response = await agent.get(`/api/staff/mailings/${mailingId}`).expect(200);
    const detail = response.body as MailingDetail;
    seen.push(detail);
    if (detail.finishedAt) return seen;
    if (Date.now() > until) throw new Error(`Mailing not finished: ${JSON.stringify(detail.progress)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Waits until the mailing's job has failed an attempt and is waiting to be retried. */
async function waitForJobAttempt(mailingId: string) {
  const until = Date.now() + 15_000;
  for (;;) {
    const { rows } = await t.database.executeSql(
      `select retry_count from pgboss.job where name = 'mailings' and data->>'mailingId' = $1`,
      [mailingId],
    );
    if ((rows as { retry_count: number }[])[0]?.retry_count) return;
    if (Date.now() > until) throw new Error('The mailing job was not retried');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function applicantJobs(caseIds: string[]) {
  const { rows } = await t.database.executeSql(
    `select data->>'caseId' as "caseId", data->>'event' as event from pgboss.job
      where name = 'applicant-notifications' and data->>'caseId' = any($1::text[])`,
    [caseIds],
  );
  return rows as { caseId: string; event: string }[];
}

describe('mass mailing', () => {
  it('counts the cases and applicants a filter selects, within what the caseworker may see', async () => {
    const municipality = await createMunicipality(t.database.db);
    const db = t.database.db;
    const withEmail = await createApplicant(db, municipality.id);
    await db.update(applicants).set({ email: 'a@example.se' }).where(eq(applicants.id, withEmail.id));
    const withoutEmail = await createApplicant(db, municipality.id);
    const at = (day: string) => new Date(`${day}T12:00:00+01:00`);
    const base = { municipalityId: municipality.id };
    // The applicant with an e-mail address has two cases: they are one recipient.
    const first = await insertCase(db, { ...base, applicantId: withEmail.id, submittedAt: at('2026-02-01') });
    await insertCase(db, { ...base, applicantId: withEmail.id, submittedAt: at('2026-02-20'), status: 'in_progress' });
    await insertCase(db, { ...base, applicantId: withoutEmail.id, submittedAt: at('2026-02-10'), formVersion: 1 });
    await insertCase(db, { ...base, applicantId: withoutEmail.id, submittedAt: at('2026-03-05'), isTest: true });
    const { agent } = await loginCaseworker(municipality.id);
    const preview = async (selection: object, channel = 'email') => {
      const response = await agent.post('/api/staff/mailings/preview').send({ selection, channel }).expect(200);
      return response.body as { caseCount: number; recipientCount: number; unreachableCount: number };
    };

    expect(await preview({ kind: 'filter' })).toEqual({ caseCount: 3, recipientCount: 2, unreachableCount: 1 });
    expect(await preview({ kind: 'filter' }, 'case_message')).toMatchObject({ unreachableCount: 0 });
    expect(await preview({ kind: 'filter' }, 'sms')).toMatchObject({ unreachableCount: 0 });
    expect(await preview({ kind: 'filter', formVersion: 2 })).toEqual({
      caseCount: 2,
      recipientCount: 1,
      unreachableCount: 0,
    });
    expect(await preview({ kind: 'filter', statuses: ['in_progress'] })).toMatchObject({ caseCount: 1 });
    expect(await preview({ kind: 'filter', submittedFrom: '2026-02-05', submittedTo: '2026-02-10' })).toMatchObject({
      caseCount: 1,
      recipientCount: 1,
      unreachableCount: 1,
    });
    expect(await preview({ kind: 'cases', caseIds: [first.id] })).toMatchObject({ caseCount: 1, recipientCount: 1 });

    // A restricted caseworker counts only the cases assigned to them.
    const restricted = await loginCaseworker(municipality.id, { restricted: true });
    await db.insert(caseAssignees).values({ caseId: first.id, staffId: restricted.member.id });
    const restrictedPreview = await restricted.agent
      .post('/api/staff/mailings/preview')
      .send({ selection: { kind: 'filter' }, channel: 'email' })
      .expect(200);
    expect(restrictedPreview.body).toEqual({ caseCount: 1, recipientCount: 1, unreachableCount: 0 });
  });

  it('sends by SMS through the gateway, and shows the recipient it failed for and the one it skipped', async () => {
    const municipality = await createMunicipality(t.database.db);
    const db = t.database.db;
    const reached = await createApplicant(db, municipality.id);
    const badNumber = await createApplicant(db, municipality.id);
    await db.update(applicants).set({ mobile: '12345' }).where(eq(applicants.id, badNumber.id));
    const hidden = await createApplicant(db, municipality.id);
    await db.update(applicants).set({ protectedIdentity: true }).where(eq(applicants.id, hidden.id));
    const base = { municipalityId: municipality.id };
    const reachedCase = await insertCase(db, { ...base, applicantId: reached.id });
    const failedCase = await insertCase(db, { ...base, applicantId: badNumber.id });
    const skippedCase = await insertCase(db, { ...base, applicantId: hidden.id });
    const { agent } = await loginCaseworker(municipality.id);
    const text = 'Nya öppettider från 1 mars: 8–16.';

    const created = await agent
      .post('/api/staff/mailings')
      .send({
        selection: { kind: 'cases', caseIds: [reachedCase.id, failedCase.id, skippedCase.id] },
        channel: 'sms',
        body: text,
      })
      .expect(201);
    const last = (await pollUntilFinished(agent, created.body.id as string)).at(-1)!;

    expect(last.progress).toEqual({ pending: 0, sent: 1, skipped: 1, failed: 1 });
    expect(last.failures).toEqual(
      expect.arrayContaining([
        { caseId: failedCase.id, caseNumber: failedCase.caseNumber, status: 'failed', errorCode: 'send-failed' },
        {
          caseId: skippedCase.id,
          caseNumber: skippedCase.caseNumber,
          status: 'skipped',
          errorCode: 'protected-identity',
        },
      ]),
    );
    expect(JSON.stringify(last)).not.toContain('12345');
    expect(elks.messages.filter((sms) => sms.to === e164(reached.mobile!)).map((sms) => sms.message)).toEqual([text]);
    expect(elks.messages.some((sms) => sms.to === e164(hidden.mobile!))).toBe(false);

    const list = await agent.get('/api/staff/mailings').expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: created.body.id, channel: 'sms', recipientCount: 3, progress: last.progress }),
    ]);
  });

  it('waits out a mail server that is down, then resumes without resending to those already sent to', async () => {
    const municipality = await createMunicipality(t.database.db);
    const addresses = await seedApplicantsWithCases(municipality.id, 6);
    const { agent } = await loginCaseworker(municipality.id);
    await smtp.stop();
    let mailingId: string;
    try {
      const created = await agent
        .post('/api/staff/mailings')
        .send({ selection: { kind: 'filter' }, channel: 'email', subject: 'Info', body: 'Ny adress till kontoret.' })
        .expect(201);
      mailingId = created.body.id as string;
      // The first attempt finds the server down: nobody is marked failed, all stay pending.
      await waitForJobAttempt(mailingId);
      const during = await agent.get(`/api/staff/mailings/${mailingId}`).expect(200);
      expect(during.body.progress).toEqual({ pending: 6, sent: 0, skipped: 0, failed: 0 });
      // As if a worker had sent to the first three and then crashed before its job completed.
      await t.database.executeSql(
        `update mailing_recipients set status = 'sent', sent_at = now()
          where mailing_id = $1 and applicant_id in (select id from applicants where email = any($2::text[]))`,
        [mailingId, addresses.slice(0, 3)],
      );
    } finally {
      await smtp.start();
    }
    const last = (await pollUntilFinished(agent, mailingId)).at(-1)!;
    expect(last.progress).toEqual({ pending: 0, sent: 6, skipped: 0, failed: 0 });
    const received = addresses.map(
      (address) => smtp.received.filter((item) => item.envelopeTo.includes(address)).length,
    );
    expect(received).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('fails the recipients still pending when the mail server stays down through the last attempt', async () => {
    const municipality = await createMunicipality(t.database.db);
    await seedApplicantsWithCases(municipality.id, 4);
    const { agent } = await loginCaseworker(municipality.id);
    await smtp.stop();
    try {
      const created = await agent
        .post('/api/staff/mailings')
        .send({ selection: { kind: 'filter' }, channel: 'email', subject: 'Info', body: 'Kontoret är stängt.' })
        .expect(201);
      const mailingId = created.body.id as string;
      await waitForJobAttempt(mailingId);
      // The job's last attempt, as the queue runs it once the retries are used up, against the same
      // stopped server.
      const deliver = createMailingDelivery({
        db: t.database.db,
        repository: createMailingsRepository(t.database.db),
        messages: { insertToApplicant: () => Promise.reject(new Error('no case messages in this test')) },
        email: createSmtpEmailSender({
          url: smtp.url(),
          host: undefined,
          port: undefined,
          secure: false,
          requireTls: false,
          user: undefined,
          password: undefined,
        }),
        sms: { send: () => Promise.reject(new Error('no SMS in this test')) },
        notifier: { caseNews: () => Promise.reject(new Error('no case messages in this test')) },
        publicUrl: PUBLIC_URL,
        defaultFrom: 'noreply@ebistans.kommun.example',
        log: t.app.log,
      });
      await deliver({ id: 'last-attempt', data: { mailingId }, lastAttempt: true });

      const finished = await agent.get(`/api/staff/mailings/${mailingId}`).expect(200);
      expect(finished.body.finishedAt).not.toBeNull();
      expect(finished.body.progress).toEqual({ pending: 0, sent: 0, skipped: 0, failed: 4 });
      expect(new Set(finished.body.failures.map((failure: { errorCode: string }) => failure.errorCode))).toEqual(
        new Set(['service-unavailable']),
      );
    } finally {
      await smtp.start();
    }
  });

  it('refuses an SMS over 480 characters and an e-mail without a subject', async () => {
    const municipality = await createMunicipality(t.database.db);
    const { agent } = await loginCaseworker(municipality.id);
    const selection = { kind: 'filter' };
    await agent
      .post('/api/staff/mailings')
      .send({ selection, channel: 'sms', body: 'x'.repeat(481) })
      .expect(400);
    await agent.post('/api/staff/mailings').send({ selection, channel: 'email', body: 'Hej' }).expect(400);
  });

  it('puts the text in each case thread as a message, notified as a message, once', async () => {
    const municipality = await createMunicipality(t.database.db);
    const db = t.database.db;
    const base = { municipalityId: municipality.id };
    const one = await insertCase(db, { ...base, applicantId: (await createApplicant(db, municipality.id)).id });
    const two = await insertCase(db, { ...base, applicantId: (await createApplicant(db, municipality.id)).id });
    const { agent, member } = await loginCaseworker(municipality.id);

    const created = await agent
      .post('/api/staff/mailings')
      .send({
        selection: { kind: 'cases', caseIds: [one.id, two.id] },
        channel: 'case_message',
        body: 'Viktig information.',
      })
      .expect(201);
    const last = (await pollUntilFinished(agent, created.body.id as string)).at(-1)!;
    expect(last.progress).toEqual({ pending: 0, sent: 2, skipped: 0, failed: 0 });

    const thread = await agent.get(`/api/staff/cases/${one.id}/messages`).expect(200);
    expect(thread.body.items).toEqual([
      expect.objectContaining({
        direction: 'to_applicant',
        body: 'Viktig information.',
        authorName: member.displayName,
      }),
    ]);
    const stored = await db
      .select()
      .from(messages)
      .where(inArray(messages.caseId, [one.id, two.id]));
    expect(stored).toHaveLength(2);
    const jobs = await applicantJobs([one.id, two.id]);
    // One notification job per channel and case, the usual one for a message.
    expect(jobs.filter((job) => job.event === 'message-from-caseworker')).toHaveLength(4);
    expect(jobs).toHaveLength(4);
  });
});

describe('bulk status change', () => {
  it('changes each case it may, reports the one it may not, and notifies no applicant when asked not to', async () => {
    const municipality = await createMunicipality(t.database.db);
    const db = t.database.db;
    const base = { municipalityId: municipality.id };
    const submitted = await insertCase(db, { ...base, applicantId: (await createApplicant(db, municipality.id)).id });
    const inProgress = await insertCase(db, {
      ...base,
      applicantId: (await createApplicant(db, municipality.id)).id,
      status: 'in_progress',
    });
    const ended = await insertCase(db, {
      ...base,
      applicantId: (await createApplicant(db, municipality.id)).id,
      status: 'closed',
    });
    const { agent } = await loginCaseworker(municipality.id);

    const response = await agent
      .post('/api/staff/cases/bulk-status')
      .send({ caseIds: [submitted.id, inProgress.id, ended.id], status: 'withdrawn', notifyApplicant: false })
      .expect(200);
    expect(response.body.results).toEqual([
      { caseId: submitted.id, changed: true, problem: null },
      { caseId: inProgress.id, changed: true, problem: null },
      { caseId: ended.id, changed: false, problem: 'conflict' },
    ]);
    const statuses = await db
      .select({ id: cases.id, status: cases.status })
      .from(cases)
      .where(inArray(cases.id, [submitted.id, inProgress.id, ended.id]));
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({
      [submitted.id]: 'withdrawn',
      [inProgress.id]: 'withdrawn',
      [ended.id]: 'closed',
    });
    expect(await applicantJobs([submitted.id, inProgress.id])).toEqual([]);
    const audited = await db
      .select({ entityId: auditLog.entityId, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'case.status.change'), inArray(auditLog.entityId, [submitted.id, inProgress.id])));
    expect(audited).toHaveLength(2);
    expect(audited[0]!.details).toMatchObject({ to: 'withdrawn', applicantNotified: false });

    // With notification, as a single change.
    const other = await insertCase(db, { ...base, applicantId: (await createApplicant(db, municipality.id)).id });
    await agent
      .post('/api/staff/cases/bulk-status')
      .send({ caseIds: [other.id], status: 'in_progress', notifyApplicant: true })
      .expect(200);
    expect((await applicantJobs([other.id])).length).toBeGreaterThan(0);
  });
});

// Last, as the mailings share one queue: the others would wait for this one.
describe('a mass mailing of 5,000 recipients', () => {
  it('e-mails 5,000 applicants, each exactly once, with progress that grows until it completes', async () => {
    const municipality = await createMunicipality(t.database.db);
    await t.database.db
      .update(municipalities)
      .set({ settings: { notifications: { emailFrom: MUNICIPALITY_FROM } } })
      .where(eq(municipalities.id, municipality.id));
    const addresses = await seedApplicantsWithCases(municipality.id, 5000);
    // A test case and a case handed over to the case system are no one to write to.
    const other = await createApplicant(t.database.db, municipality.id);
    await t.database.db.update(applicants).set({ email: 'test@example.se' }).where(eq(applicants.id, other.id));
    await insertCase(t.database.db, { municipalityId: municipality.id, applicantId: other.id, isTest: true });
    await insertCase(t.database.db, {
      municipalityId: municipality.id,
      applicantId: other.id,
      takenOverAt: new Date(),
    });
    const { agent } = await loginCaseworker(municipality.id);

    const selection = { kind: 'filter', statuses: ['submitted'] };
    const preview = await agent.post('/api/staff/mailings/preview').send({ selection, channel: 'email' }).expect(200);
    expect(preview.body).toEqual({ caseCount: 5000, recipientCount: 5000, unreachableCount: 0 });

    const created = await agent
      .post('/api/staff/mailings')
      .send({ selection, channel: 'email', subject: 'Stängt i midsommar', body: 'Kontoret är stängt 19–21 juni.' })
      .expect(201);
    const seen = await pollUntilFinished(agent, created.body.id as string);

    const last = seen.at(-1)!;
    expect(last).toMatchObject({ recipientCount: 5000, progress: { pending: 0, sent: 5000, skipped: 0, failed: 0 } });
    expect(last.failures).toEqual([]);
    const sentCounts = seen.map((detail) => detail.progress.sent);
    expect(sentCounts).toEqual([...sentCounts].sort((a, b) => a - b));
    const inBetween = new Set(sentCounts.filter((sent) => sent > 0 && sent < 5000));
    expect(inBetween.size, 'progress seen between start and end').toBeGreaterThanOrEqual(2);

    const perAddress = new Map<string, number>();
    for (const item of smtp.received) {
      for (const to of item.envelopeTo) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    }
    expect(addresses.filter((address) => perAddress.get(address) !== 1)).toEqual([]);
    expect(perAddress.has('test@example.se')).toBe(false);
    const one = smtp.received.find((item) => item.envelopeTo.includes(addresses[0]!))!;
    expect(one.mail.from?.text).toContain('soc@exempelby.example');
    expect(one.mail.subject).toBe('Stängt i midsommar');
    expect(one.mail.text?.trim()).toBe('Kontoret är stängt 19–21 juni.');

    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'mailing.create'), eq(auditLog.entityId, created.body.id as string)));
    expect(entry!.details).toMatchObject({ channel: 'email', recipientCount: 5000 });
    expect((entry!.details.caseIds as string[]).length).toBe(5000);
  }, 120_000);
});
