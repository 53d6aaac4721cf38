import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleMonthlyApplication, nextPeriod } from '@ebistans/schema';
import { demo } from '../support/api.js';
import { applicantSession, staffSession, submitApplication } from '../support/caseworker.js';
import { startServer } from '../support/server.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'ebistans-embedded-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// What `pnpm start` does on a fresh machine: no DATABASE_URL, no S3, so PGlite and a folder under DATA_DIR.
const embeddedEnv = { DATA_DIR: dataDir, DATABASE_URL: undefined, S3_BUCKET: undefined, NODE_ENV: undefined };

/** The e-mail the job queue delivered to the dev outbox; it runs in the background, so this waits for it. */
/** The body of the e-mail to `to` with this subject (the outbox stores the subject as the body's first line). */
async function devOutboxEmail(baseUrl: string, to: string, subject: string): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { items } = (await (await fetch(`${baseUrl}/api/dev/outbox`)).json()) as {
      items: { channel: string; to: string; body: string }[];
    };
    const email = items.find(
      (item) => item.channel === 'email' && item.to === to && item.body.startsWith(`${subject}\n`),
    );
    if (email) return email.body;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No e-mail "${subject}" to ${to} in the dev outbox`);
}

describe('embedded mode (PGlite, local files, dev outbox)', () => {
  it('starts on a fresh data folder with demo data, stops on Ctrl-C, and keeps the data on the next start', async () => {
    const first = await startServer(embeddedEnv);
    let caseNumber: string;
    try {
      expect(first.output()).toMatch(/Caseworker app:\s+http:\/\/.+\/handlaggare\//);
      expect(first.output()).toMatch(/personnummer 19121212-1212, password demo-sokande/);
      expect(first.output()).toMatch(/Database:\s+PGlite in /);

      const ready = await fetch(`${first.baseUrl}/api/health/ready`);
      expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', fileStore: 'ok' } });

      const session = await applicantSession(first.baseUrl);
      // The one-time code is printed to the log for the developer, with the phone number masked.
      expect(first.output()).toMatch(/\[dev-outbox\] SMS till 070-\*\*\* \*\* 67: .*\d{6}/);
      expect(first.output()).not.toContain(demo.applicant.mobile);

      const submitted = await submitApplication(first.baseUrl, exampleMonthlyApplication(nextPeriod()), session);
      caseNumber = submitted.caseNumber;
      // The receipt of the submission, as neutral as every notification.
      expect(
        await devOutboxEmail(first.baseUrl, demo.applicant.email, 'Din ansökan har kommit in till Demo kommun'),
      ).toContain('Du kan följa ärendet när du har loggat in.');

      // A status change notifies the applicant through the job queue on PGlite; without SMTP, the dev outbox.
      const caseworker = await staffSession(first.baseUrl);
      const changed = await caseworker.post(`/api/staff/cases/${submitted.id}/status`, {
        status: 'in_progress',
      });
      expect(changed.status).toBe(200);
      expect(await devOutboxEmail(first.baseUrl, demo.applicant.email, 'Ny information från Demo kommun')).toContain(
        'Det finns ny information i dina ärendehändelser hos Demo kommun.',
      );
      expect(first.output()).toMatch(/\[dev-outbox\] E-post till t\*\*\*@demokommun\.example: Ny information från/);

      // The demo administrator reaches the municipality's notification settings.
      const admin = await staffSession(first.baseUrl, demo.admin);
      expect((await admin.get('/api/admin/notification-settings')).status).toBe(200);

      const page = await fetch(`${first.baseUrl}/handlaggare/inkorg-som-inte-finns`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="root">/);
    } finally {
      expect(await first.stop()).toBe(0);
    }

    const second = await startServer(embeddedEnv);
    try {
      expect(second.output()).not.toMatch(/Demo data created/);
      const municipalities = await (await fetch(`${second.baseUrl}/api/municipalities`)).json();
      expect(municipalities.items).toHaveLength(1);
      const session = await applicantSession(second.baseUrl);
      const mine = await session.get('/api/applicant/cases');
      expect(mine.body.items).toEqual([expect.objectContaining({ caseNumber })]);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });
});
