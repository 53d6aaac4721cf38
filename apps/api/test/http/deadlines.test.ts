import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicants,
  caseAssignees,
  cases,
  municipalities,
  staff,
  supplementRequests,
  type CaseStatus,
} from '../../src/db/schema/index.js';
import { createJobQueue } from '../../src/lib/job-queue.js';
import { plusDays, swedishDay } from '../../src/lib/swedish-time.js';
import { createDeadlinesRepository } from '../../src/modules/deadlines/deadlines.repository.js';
import { createDeadlinesService } from '../../src/modules/deadlines/deadlines.service.js';
import { createApplicantNotifier } from '../../src/modules/notifications/applicant-notifier.js';
import { createStaffNotifier } from '../../src/modules/notifications/staff-notifier.js';
import { createApplicant, createMunicipality, createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { insertCase } from '../helpers/inbox-cases.js';
import { loginStaff } from '../helpers/login.js';
import { startSmtpServer } from '../helpers/smtp-server.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { waitFor } from '../helpers/wait-for.js';

const PUBLIC_URL = 'https://ebistans.kommun.example';
const MAIL_FROM = 'Ekonomiskt bistånd <noreply@ebistans.kommun.example>';
// Never due while the tests run, so only the checks the tests start find anything; the default is */5.
const CRON = '0 3 1 1 *';
const OVERDUE_SUBJECT = 'Ett ärende är försenat';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({
    PUBLIC_URL,
    SMTP_URL: smtp.url(),
    MAIL_FROM,
    NOTIFICATION_RETRY_DELAY_SECONDS: '1',
    DEADLINE_CHECK_CRON: CRON,
  });
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

/** The check as another process runs it: its own queue handle, the jobs going to the app's workers. */
function deadlineCheck() {
  const queue = createJobQueue(t.database, t.app.log);
  return createDeadlinesService({
    db: t.database.db,
    repository: createDeadlinesRepository(),
    staffNotifier: createStaffNotifier(queue),
    applicantNotifier: createApplicantNotifier(queue),
    reminderWorkingDays: 2,
  });
}

const check = () => deadlineCheck().check();

let addresses = 0;

async function caseworkerWithEmail(municipalityId: string) {
  const row = await createStaff(t.database.db, municipalityId);
  const email = `handlaggare${++addresses}@kommun.example`;
  await t.database.db.update(staff).set({ email }).where(eq(staff.id, row.id));
  return { ...row, email };
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * A case with two assigned caseworkers who have e-mail addresses, due an hour ago unless told otherwise, in a
 * municipality of its own with the given settings.
 */
async function assignedCase(
  values: { status?: CaseStatus; dueAt?: Date; isTest?: boolean; takenOverAt?: Date } = {},
  settings?: Record<string, unknown>,
) {
  const municipality = await createMunicipality(t.database.db);
  if (settings) {
    await t.database.db.update(municipalities).set({ settings }).where(eq(municipalities.id, municipality.id));
  }
  const applicant = await createApplicant(t.database.db, municipality.id);
  const first = await caseworkerWithEmail(municipality.id);
  const second = await caseworkerWithEmail(municipality.id);
  const row = await insertCase(t.database.db, {
    municipalityId: municipality.id,
    applicantId: applicant.id,
    dueAt: new Date(Date.now() - HOUR_MS),
    ...values,
  });
  await t.database.db.insert(caseAssignees).values([
    { caseId: row.id, staffId: first.id },
    { caseId: row.id, staffId: second.id },
  ]);
  return { municipality, applicant, first, second, caseId: row.id };
}

/** The queue's own record of the case's jobs for one event. */
async function jobsFor(queue: 'staff-notifications' | 'applicant-notifications', caseId: string, event: string) {
  const { rows } = await t.database.executeSql(
    "select id, state from pgboss.job where name = $1 and data->>'caseId' = $2 and data->>'event' = $3",
    [queue, caseId, event],
  );
  return rows as { id: string; state: string }[];
}

/** Waits until the event's jobs for the case are done, so that a wrong or second e-mail would have arrived. */
async function settled(queue: 'staff-notifications' | 'applicant-notifications', caseId: string, event: string) {
  return waitFor(async () => {
    const jobs = await jobsFor(queue, caseId, event);
    return jobs.length > 0 && jobs.every((job) => job.state === 'completed') ? jobs : undefined;
  });
}

const caseUrl = (caseId: string) => `${PUBLIC_URL}/handlaggare/arenden/${caseId}`;

/** Who was e-mailed that the case is overdue, one entry per e-mail, sorted. */
const toldOverdue = (caseId: string) =>
  smtp.received
    .filter((email) => email.mail.subject === OVERDUE_SUBJECT && (email.mail.text ?? '').includes(caseUrl(caseId)))
    .flatMap((email) => email.envelopeTo)
    .sort();

const sorted = (...emails: string[]) => [...emails].sort();

describe('cases past their due time', () => {
  it('tells each assignee once, and records it in the case history', async () => {
    const setup = await assignedCase({ status: 'in_progress' });

    await check();
    await settled('staff-notifications', setup.caseId, 'case-overdue');
    expect(toldOverdue(setup.caseId)).toEqual(sorted(setup.first.email, setup.second.email));
    const [email] = smtp.received.filter((item) => item.envelopeTo.includes(setup.first.email));
    expect(email!.mail.text).toContain('Ett ärende som du handlägger har passerat kommunens handläggningstid.');

    // The next run finds nothing new to tell.
    await check();
    expect(await jobsFor('staff-notifications', setup.caseId, 'case-overdue')).toHaveLength(1);
    expect(toldOverdue(setup.caseId)).toEqual(sorted(setup.first.email, setup.second.email));

    const caseworker = await loginStaff(t.app, setup.first, TEST_PASSWORD);
    const history = await caseworker.get(`/api/staff/cases/${setup.caseId}/events`).expect(200);
    const overdue = history.body.items.filter((event: { type: string }) => event.type === 'overdue');
    expect(overdue).toEqual([
      expect.objectContaining({ actor: { kind: 'system', id: null, name: null }, data: expect.any(Object) }),
    ]);
  });

  it('tells again when the due time was moved on after the notice and has passed too', async () => {
    const setup = await assignedCase();
    await check();
    await settled('staff-notifications', setup.caseId, 'case-overdue');

    // Told two hours ago; since then the due time was moved to an hour ago, which has passed as well.
    await t.database.db
      .update(cases)
      .set({ overdueNotifiedAt: new Date(Date.now() - 2 * HOUR_MS), dueAt: new Date(Date.now() - HOUR_MS) })
      .where(eq(cases.id, setup.caseId));
    await check();
    await waitFor(async () => {
      const jobs = await jobsFor('staff-notifications', setup.caseId, 'case-overdue');
      return jobs.length === 2 && jobs.every((job) => job.state === 'completed') ? jobs : undefined;
    });
    expect(toldOverdue(setup.caseId)).toEqual(
      sorted(setup.first.email, setup.first.email, setup.second.email, setup.second.email),
    );
  });

  it('tells nobody of a case not yet due, waiting for the applicant, closed, handed over or a test', async () => {
    const quiet = [
      await assignedCase({ dueAt: new Date(Date.now() + HOUR_MS) }),
      await assignedCase({ status: 'awaiting_supplement' }),
      await assignedCase({ status: 'closed' }),
      await assignedCase({ status: 'decided' }),
      await assignedCase({ takenOverAt: new Date(Date.now() - 2 * HOUR_MS) }),
      await assignedCase({ isTest: true }),
    ];
    await check();
    for (const { caseId } of quiet) {
      expect(await jobsFor('staff-notifications', caseId, 'case-overdue')).toEqual([]);
      const [row] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
      expect(row!.overdueNotifiedAt).toBeNull();
    }
  });

  it('e-mails nobody in a municipality that turned the notice off', async () => {
    const setup = await assignedCase({}, { notifications: { staff: { caseOverdue: false } } });
    await check();
    await settled('staff-notifications', setup.caseId, 'case-overdue');
    expect(toldOverdue(setup.caseId)).toEqual([]);
  });

  it('tells each assignee once when two checks run at the same time', async () => {
    const setups = [await assignedCase(), await assignedCase(), await assignedCase()];
    // Two processes' checks; the test database's connection pool gives each its own connection.
    await Promise.all([deadlineCheck().check(), deadlineCheck().check()]);
    for (const setup of setups) {
      await settled('staff-notifications', setup.caseId, 'case-overdue');
      expect(await jobsFor('staff-notifications', setup.caseId, 'case-overdue')).toHaveLength(1);
      expect(toldOverdue(setup.caseId)).toEqual(sorted(setup.first.email, setup.second.email));
    }
  });
});

describe('reminders of a supplement request', () => {
  const day = (days: number) => plusDays(swedishDay(new Date()), days).toISOString().slice(0, 10);

  /**
   * A case waiting for a supplement, with a request asked for two days ago unless told otherwise, from an
   * applicant with an e-mail address.
   */
  async function awaitingSupplement(request: { dueDate: string; answeredAt?: Date; createdAt?: Date }) {
    const setup = await assignedCase({
      status: 'awaiting_supplement',
      dueAt: new Date(Date.now() + 10 * 24 * HOUR_MS),
    });
    const email = `sokande${++addresses}@example.se`;
    await t.database.db.update(applicants).set({ email }).where(eq(applicants.id, setup.applicant.id));
    const [row] = await t.database.db
      .insert(supplementRequests)
      .values({
        municipalityId: setup.municipality.id,
        caseId: setup.caseId,
        requestedByStaffId: setup.first.id,
        message: 'Skicka lönespecifikationen.',
        createdAt: new Date(Date.now() - 2 * 24 * HOUR_MS),
        ...request,
      })
      .returning();
    return { ...setup, email, requestId: row!.id };
  }

  const remindersTo = (setup: { email: string; municipality: { name: string } }) =>
    smtp.received.filter(
      (email) =>
        email.envelopeTo.includes(setup.email) && email.mail.subject === `Påminnelse från ${setup.municipality.name}`,
    );

  it('reminds the applicant once of a request due tomorrow or the day after', async () => {
    const tomorrow = await awaitingSupplement({ dueDate: day(1) });
    const dayAfter = await awaitingSupplement({ dueDate: day(2) });

    await check();
    for (const setup of [tomorrow, dayAfter]) {
      await settled('applicant-notifications', setup.caseId, 'supplement-reminder');
      expect(remindersTo(setup)).toHaveLength(1);
      expect(remindersTo(setup)[0]!.mail.text).toContain('väntar på svar från dig');
    }

    await check();
    for (const setup of [tomorrow, dayAfter]) {
      // One job per channel (e-mail and SMS), from the first run only.
      expect(await jobsFor('applicant-notifications', setup.caseId, 'supplement-reminder')).toHaveLength(2);
      expect(remindersTo(setup)).toHaveLength(1);
      const [row] = await t.database.db
        .select()
        .from(supplementRequests)
        .where(eq(supplementRequests.id, setup.requestId));
      expect(row!.reminderSentAt).not.toBeNull();
    }
  });

  it('does not remind of a request due in ten days, answered, past its date or asked for today', async () => {
    const quiet = [
      await awaitingSupplement({ dueDate: day(10) }),
      await awaitingSupplement({ dueDate: day(1), answeredAt: new Date() }),
      await awaitingSupplement({ dueDate: day(-1) }),
      await awaitingSupplement({ dueDate: day(1), createdAt: new Date() }),
    ];
    await check();
    for (const setup of quiet) {
      expect(await jobsFor('applicant-notifications', setup.caseId, 'supplement-reminder')).toEqual([]);
    }
  });

  it('does not remind when the case no longer waits for the applicant', async () => {
    const setup = await awaitingSupplement({ dueDate: day(1) });
    await t.database.db.update(cases).set({ status: 'in_progress' }).where(eq(cases.id, setup.caseId));
    await check();
    expect(await jobsFor('applicant-notifications', setup.caseId, 'supplement-reminder')).toEqual([]);
  });
});

describe('the schedule', () => {
  it('is registered with pg-boss with the configured cron expression, in Swedish time', async () => {
    const { rows } = await t.database.executeSql(
      "select cron, timezone from pgboss.schedule where name = 'deadline-check'",
    );
    expect(rows).toEqual([{ cron: CRON, timezone: 'Europe/Stockholm' }]);
  });

  it('has the app’s worker run the check when the job the schedule makes comes in', async () => {
    const setup = await assignedCase();
    const queue = createJobQueue(t.database, t.app.log);
    await t.database.db.transaction((tx) => queue.send(tx, 'deadline-check', {}));
    await settled('staff-notifications', setup.caseId, 'case-overdue');
    expect(toldOverdue(setup.caseId)).toEqual(sorted(setup.first.email, setup.second.email));
  });
});
