import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applicants } from '../../src/db/schema/index.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { startSmtpServer, type ReceivedEmail } from '../helpers/smtp-server.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * `pnpm worker` as the separate process it is in production, against the test database: killed mid-send,
 * and next to other workers and an API process that runs jobs too.
 */
const apiDir = fileURLToPath(new URL('../..', import.meta.url));
const PUBLIC_URL = 'https://ebistans.kommun.example';
const settings = {
  PUBLIC_URL,
  MAIL_FROM: 'api <api@ebistans.kommun.example>',
  NOTIFICATION_RETRY_DELAY_SECONDS: '1',
  // Short, so a job whose worker was killed is taken up again within seconds.
  NOTIFICATION_JOB_EXPIRE_SECONDS: '2',
};

const workers: ChildProcess[] = [];

/** Starts `src/worker.ts` as `pnpm worker` does and resolves once it polls the queues. */
async function startWorker(t: TestApp, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
    cwd: apiDir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...t.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  workers.push(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('worker started')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}:\n${output}`)));
  });
  return child;
}

function exited(child: ChildProcess) {
  return new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

let addresses = 0;

/** A submitted case whose applicant has an e-mail address. */
async function caseWithEmail(t: TestApp) {
  const setup = await submittedCaseWithCaseworker(t);
  const email = `arbetare${++addresses}@example.se`;
  await t.database.db.update(applicants).set({ email }).where(eq(applicants.id, setup.applicant.id));
  return { ...setup, email };
}

/** The applicant's e-mail job about the status change of the case, as pg-boss keeps it. */
async function emailJob(t: TestApp, caseId: string) {
  const { rows } = await t.database.executeSql(
    `select id, state from pgboss.job where name = 'applicant-notifications' and data->>'caseId' = $1
       and data->>'channel' = 'email' and data->>'event' = 'status-changed'`,
    [caseId],
  );
  return rows[0] as { id: string; state: string } | undefined;
}

async function jobState(t: TestApp, id: string) {
  const { rows } = await t.database.executeSql('select state from pgboss.job where id = $1', [id]);
  return (rows[0] as { state: string } | undefined)?.state;
}

afterEach(async () => {
  // A SIGTERM lets a worker finish its jobs and exit cleanly; a killed one has exited already.
  for (const child of workers.splice(0)) {
    child.kill('SIGTERM');
    await exited(child);
  }
});

describe('a worker killed mid-send', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    // The API only enqueues: the workers send.
    t = await createTestApp({ ...settings, SMTP_URL: smtp.url(), RUN_JOBS: 'false' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('is replaced by another worker once the job expires, which sends the same e-mail (same Message-ID)', async () => {
    // Set up before any worker runs: the applicant's e-mails (submission, status change) are all queued.
    const { caseworker, caseId, email } = await caseWithEmail(t);
    smtp.stall(true);
    await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'in_progress' }).expect(200);
    const first = await startWorker(t);

    // The mail server has the message's data but the worker still waits for its answer: mid-send.
    const interrupted = await waitFor(() => smtp.stalled.find((item) => item.envelopeTo.includes(email)));
    const jobId = /^<([^@]+)@/.exec(interrupted.mail.messageId ?? '')![1]!;
    first.kill('SIGKILL');
    await exited(first);
    smtp.stall(false);
    expect(smtp.received.filter((item) => item.envelopeTo.includes(email))).toHaveLength(0);
    expect(await jobState(t, jobId)).toBe('active');

    await startWorker(t);
    await waitFor(async () => ((await jobState(t, jobId)) === 'completed' ? true : undefined));
    const delivered = smtp.received.filter((item) => item.mail.messageId === interrupted.mail.messageId);
    expect(delivered.every((item) => item.envelopeTo.includes(email))).toBe(true);
    // At least once: the first attempt may have reached the mailbox too, so every copy has the same id.
    expect(delivered.length).toBeGreaterThanOrEqual(1);
    for (const copy of [interrupted, ...delivered]) {
      expect(copy.mail.messageId).toBe(`<${jobId}@ebistans.kommun.example>`);
    }
  }, 60_000);

  it('refuses to start without PostgreSQL, naming the reason', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
      cwd: apiDir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test', DATA_DIR: t.env.DATA_DIR! },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    expect(await exited(child)).toBe(1);
    expect(stderr).toContain('The worker needs PostgreSQL (DATABASE_URL)');
  }, 30_000);
});

describe('two workers and an API process that runs jobs too', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    // An expiry well above the slowest send: a shorter one would hand a job still being sent to another
    // process (at least once, never exactly once).
    t = await createTestApp({ ...settings, SMTP_URL: smtp.url(), NOTIFICATION_JOB_EXPIRE_SECONDS: '60' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('deliver each notification exactly once', async () => {
    // Each process sends from its own address (the municipalities have none), which tells who sent what.
    await Promise.all([
      startWorker(t, { MAIL_FROM: 'one <worker-one@ebistans.kommun.example>' }),
      startWorker(t, { MAIL_FROM: 'two <worker-two@ebistans.kommun.example>' }),
    ]);
    // A slow mail server keeps each process busy for a while, so the others get to fetch jobs meanwhile.
    smtp.slowDown(300);
    const cases: Awaited<ReturnType<typeof caseWithEmail>>[] = [];
    for (let index = 0; index < 8; index += 1) cases.push(await caseWithEmail(t));
    await Promise.all(
      cases.map(({ caseworker, caseId }) =>
        caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'in_progress' }).expect(200),
      ),
    );

    for (const { caseId } of cases) {
      await waitFor(async () => ((await emailJob(t, caseId))?.state === 'completed' ? true : undefined));
    }
    // The e-mail about the status change, by its Message-ID (the applicant also hears of the submission).
    const jobIds = await Promise.all(cases.map(async ({ caseId }) => (await emailJob(t, caseId))!.id));
    const copies = (index: number) =>
      smtp.received.filter(
        (item) =>
          item.envelopeTo.includes(cases[index]!.email) &&
          item.mail.messageId === `<${jobIds[index]!}@ebistans.kommun.example>`,
      );
    expect(cases.map((_, index) => copies(index).length)).toEqual(cases.map(() => 1));
    const senders = new Set(cases.map((_, index) => (copies(index)[0] as ReceivedEmail).envelopeFrom));
    expect(senders.size, 'processes that sent').toBeGreaterThanOrEqual(2);
  }, 90_000);
});
