import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONTHLY_APPLICATION_FORM_ID, exampleMonthlyApplication, nextPeriod } from '@ebistans/schema';
import { demo } from '../support/api.js';
import { expectAccessible, staffSession } from '../support/caseworker.js';
import { launchBrowser } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { logInWithPassword } from './application-journey.js';

const simulatorRoot = fileURLToPath(new URL('../../examples/case-system', import.meta.url));

let server: RunningServer;
let browser: Browser;
let folder: string;
const dataDir = mkdtempSync(path.join(tmpdir(), 'case-system-e2e-data-'));

// On the embedded database (PGlite), as `pnpm start` runs: what a vendor tries first. It has one connection,
// so a query outside a write's transaction would hang there, not on PostgreSQL.
beforeAll(async () => {
  server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: undefined, S3_BUCKET: undefined, NODE_ENV: undefined });
  browser = await launchBrowser();
  folder = mkdtempSync(path.join(tmpdir(), 'case-system-e2e-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

/** The simulator's command line, as a vendor runs it (`pnpm … start --`), once, deciding at once. */
async function runSimulator(clientId: string, clientSecret: string) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli.ts',
      ...['--base-url', server.baseUrl, '--client-id', clientId, '--folder', folder],
      ...['--once', '--decide-after-seconds', '0', '--amount', '8500'],
    ],
    { cwd: simulatorRoot, env: { ...process.env, EBISTANS_CLIENT_SECRET: clientSecret } },
  );
  return stdout;
}

describe('a case system on the integration API', () => {
  it("receives the applicant's case, decides it, and the applicant sees the decision and gets its letter", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'sv-SE' });
    const page = await context.newPage();
    await logInWithPassword(page, server.baseUrl);
    const submitted = await page.request.post(`${server.baseUrl}/api/applicant/applications`, {
      data: { formId: MONTHLY_APPLICATION_FORM_ID, formVersion: 2, data: exampleMonthlyApplication(nextPeriod()) },
    });
    expect(submitted.status()).toBe(201);
    const { caseNumber } = (await submitted.json()) as { caseNumber: string };

    // The municipality's admin gives the case system its client (the page for it is driven in integration-clients).
    const admin = await staffSession(server.baseUrl, demo.admin);
    const created = await admin.post('/api/admin/integration-clients', {
      name: 'Verksamhetssystemet',
      scopes: ['cases:read', 'cases:write'],
    });
    expect(created.status).toBe(201);
    const { client, clientSecret } = created.body as { client: { id: string }; clientSecret: string };

    const output = await runSimulator(client.id, clientSecret);
    expect(output).toContain(`${caseNumber}: sparat`);
    expect(output).toContain(`${caseNumber}: beslut bifall, 8500 kr`);

    await page.goto(`${server.baseUrl}/arenden`);
    await page.getByRole('heading', { level: 1, name: 'Mina ärenden' }).waitFor();
    await page.locator('.card-list > li').first().getByRole('link').click();
    const decision = page.getByRole('region', { name: 'Beslut', exact: true });
    await decision.waitFor();
    const shown = await decision.innerText();
    expect(shown).toContain('Du får ekonomiskt bistånd.');
    expect(shown).toMatch(/8\s500\skr/);
    await expectAccessible(page);

    const download = page.waitForEvent('download');
    await decision.getByRole('link', { name: 'Ladda ner beslutet som PDF' }).click();
    const letter = await readFile(await (await download).path());
    expect(Buffer.compare(letter, readFileSync(path.join(folder, caseNumber, 'beslut.pdf')))).toBe(0);
    await context.close();
  });

  it('registers a paper application the case system took in', async () => {
    const admin = await staffSession(server.baseUrl, demo.admin);
    const created = await admin.post('/api/admin/integration-clients', {
      name: 'Postöppning',
      scopes: ['cases:write'],
    });
    const { client, clientSecret } = created.body as { client: { id: string }; clientSecret: string };
    const token = await fetch(`${server.baseUrl}/api/v1/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${client.id}:${clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    const { access_token: accessToken } = (await token.json()) as { access_token: string };

    const registered = await fetch(`${server.baseUrl}/api/v1/manual-cases`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${accessToken}`,
        'content-type': 'application/json',
        'idempotency-key': 'paper-application-1',
      },
      body: JSON.stringify({
        personnummer: demo.applicant.personnummer,
        formId: MONTHLY_APPLICATION_FORM_ID,
        channel: 'paper',
        answers: exampleMonthlyApplication(nextPeriod()),
      }),
      signal: AbortSignal.timeout(20_000),
    });
    expect(registered.status).toBe(201);
    expect(await registered.json()).toMatchObject({ status: 'submitted', channel: 'paper' });
  });
});
