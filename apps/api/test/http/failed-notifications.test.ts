import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicants, auditLog } from '../../src/db/schema/index.js';
import { sanitiseError } from '../../src/modules/failed-notifications/failed-notifications.service.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { createMunicipality, createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { loginStaff } from '../helpers/login.js';
import { startSmtpServer } from '../helpers/smtp-server.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { waitFor } from '../helpers/wait-for.js';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({
    PUBLIC_URL: 'https://ebistans.kommun.example',
    SMTP_URL: smtp.url(),
    MAIL_FROM: 'noreply@ebistans.kommun.example',
    // One retry a second after the first attempt, then the job has failed for good.
    NOTIFICATION_RETRY_LIMIT: '1',
    NOTIFICATION_RETRY_DELAY_SECONDS: '1',
  });
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

async function emailJobState(caseId: string) {
  const { rows } = await t.database.executeSql(
    `select state from pgboss.job where name = 'applicant-notifications' and data->>'caseId' = $1
       and data->>'channel' = 'email' and data->>'event' = 'status-changed'`,
    [caseId],
  );
  return (rows[0] as { state: string } | undefined)?.state;
}

interface Listed {
  id: string;
  recipient: string;
  event: string;
  channel: string;
  caseId: string;
  caseNumber: string;
  attempts: number;
  error: string | null;
  failedAt: string;
}

describe('notifications that failed for good', () => {
  it('are listed for the admin without addresses, and a retry sends them once the mail server is back', async () => {
    const { caseworker, caseId, applicant, municipality } = await submittedCaseWithCaseworker(t);
    const email = 'misslyckad@example.se';
    await t.database.db.update(applicants).set({ email }).where(eq(applicants.id, applicant.id));
    const admin = await loginStaff(
      t.app,
      await createStaff(t.database.db, municipality.id, { role: 'admin' }),
      TEST_PASSWORD,
    );
    const otherAdmin = await loginStaff(
      t.app,
      await createStaff(t.database.db, (await createMunicipality(t.database.db)).id, { role: 'admin' }),
      TEST_PASSWORD,
    );

    await smtp.stop();
    try {
      await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'in_progress' }).expect(200);
      await waitFor(async () => ((await emailJobState(caseId)) === 'failed' ? true : undefined));
    } finally {
      await smtp.start();
    }

    const listed = await admin.get('/api/admin/failed-notifications').expect(200);
    const items = (listed.body as { items: Listed[] }).items.filter(
      (item) => item.caseId === caseId && item.recipient === 'applicant' && item.event === 'status-changed',
    );
    expect(items).toEqual([
      {
        id: expect.any(String),
        recipient: 'applicant',
        event: 'status-changed',
        channel: 'email',
        caseId,
        caseNumber: expect.any(String),
        attempts: 2,
        error: expect.stringMatching(/ECONNREFUSED|connect/i),
        failedAt: expect.any(String),
      },
    ]);
    const [failed] = items as [Listed];
    expect(JSON.stringify(listed.body)).not.toContain(email);
    expect(JSON.stringify(listed.body)).not.toContain(applicant.personnummer);
    // The caseworker is no admin, and another municipality's admin neither sees nor retries it.
    await caseworker.get('/api/admin/failed-notifications').expect(403);
    const elsewhere = await otherAdmin.get('/api/admin/failed-notifications').expect(200);
    expect(JSON.stringify(elsewhere.body)).not.toContain(caseId);
    await otherAdmin.post(`/api/admin/failed-notifications/${failed.id}/retry`).expect(404);
    // The status change's e-mail, by its Message-ID: the receipt of the submission may arrive meanwhile.
    const statusEmails = () =>
      smtp.received.filter(
        (item) => item.envelopeTo.includes(email) && item.mail.messageId === `<${failed.id}@ebistans.kommun.example>`,
      );
    expect(statusEmails()).toHaveLength(0);

    await admin.post(`/api/admin/failed-notifications/${failed.id}/retry`).expect(204);
    await waitFor(async () => ((await emailJobState(caseId)) === 'completed' ? true : undefined));
    expect(statusEmails()).toHaveLength(1);

    const after = await admin.get('/api/admin/failed-notifications').expect(200);
    expect((after.body as { items: Listed[] }).items.map((item) => item.id)).not.toContain(failed.id);
    // A job no longer failed is not retried again.
    await admin.post(`/api/admin/failed-notifications/${failed.id}/retry`).expect(404);
    const logged = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'notification.retry'), eq(auditLog.entityId, caseId)));
    expect(logged).toHaveLength(1);
  }, 40_000);
});

describe('the error shown to admins', () => {
  it('leaves out e-mail addresses and phone numbers but keeps the reason', () => {
    expect(sanitiseError('550 5.1.1 <anna.lind@example.se>: Recipient address rejected')).toBe(
      '550 5.1.1 <[adress]>: Recipient address rejected',
    );
    expect(sanitiseError('46elks answered 403: Invalid to number +46701234567')).toBe(
      '46elks answered 403: Invalid to number [nummer]',
    );
    expect(sanitiseError('Invalid number 070-123 45 67')).toBe('Invalid number [nummer]');
    expect(sanitiseError(null)).toBeNull();
  });
});
