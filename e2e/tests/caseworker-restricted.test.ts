import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONTHLY_APPLICATION_FORM_ID, exampleMonthlyApplication, nextPeriod } from '@ebistans/schema';
import { demo } from '../support/api.js';
import { applicantSession, expectAccessible, heading, screenshot, staffBrowser } from '../support/caseworker.js';
import type { RunningServer } from '../support/server.js';
import { startEnvironment, type E2eEnvironment } from '../support/environment.js';

let server: RunningServer;
let browser: Browser;
let environment: E2eEnvironment;
const restricted = { username: 'rut', password: demo.caseworker.password, mobile: '0700000042', name: 'Rut Begränsad' };
let restrictedId = '';

beforeAll(async () => {
  environment = await startEnvironment();
  ({ server, browser } = environment);
  // A restricted caseworker of the demo municipality, with the demo caseworker's password.
  const client = new pg.Client({ connectionString: environment.databaseUrl });
  await client.connect();
  const inserted = await client.query<{ id: string }>(
    `INSERT INTO staff (municipality_id, username, display_name, mobile, password_hash, role, restricted)
     SELECT municipality_id, $1, $2, $3, password_hash, 'caseworker', true FROM staff WHERE username = $4
     RETURNING id`,
    [restricted.username, restricted.name, restricted.mobile, demo.caseworker.username],
  );
  restrictedId = inserted.rows[0]!.id;
  await client.end();
});

afterAll(async () => {
  await environment?.stop();
});

function tab(page: Page, name: RegExp) {
  return page.getByRole('navigation', { name: 'Urval av ärenden' }).getByRole('link', { name });
}

describe("a restricted caseworker's view", () => {
  it('holds only the cases assigned to them, in lists, counts and search; any other case is not found', async () => {
    const applicant = await applicantSession(server.baseUrl);
    const submit = async (period: string) => {
      const submitted = await applicant.post('/api/applicant/applications', {
        formId: MONTHLY_APPLICATION_FORM_ID,
        formVersion: 2,
        data: exampleMonthlyApplication(period),
      });
      expect(submitted.status).toBe(201);
      return { id: String(submitted.body.id), caseNumber: String(submitted.body.caseNumber) };
    };
    const assigned = await submit(nextPeriod());
    const other = await submit(nextPeriod(new Date(Date.now() - 31 * 24 * 60 * 60 * 1000)));

    // The demo caseworker gives one of the two to Rut.
    const colleague = await staffBrowser(browser, server.baseUrl);
    const assignment = await colleague.request.put(`${server.baseUrl}/api/staff/cases/${assigned.id}/assignees`, {
      data: { staffIds: [restrictedId] },
    });
    expect(assignment.status()).toBe(200);
    await colleague.close();

    const context = await staffBrowser(browser, server.baseUrl, restricted);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/handlaggare/?flik=alla`);
    await heading(page, 'Inkorg');
    for (const name of [
      /^Obehandlade \(0\)$/,
      /^Förfallna \(0\)$/,
      /^Mina \(1\)$/,
      /^Flaggade \(0\)$/,
      /^Pågående \(1\)$/,
      /^Alla \(1\)$/,
      /^Överlämnade \(0\)$/,
      /^Testärenden \(0\)$/,
    ]) {
      await tab(page, name).waitFor();
    }
    const table = page.getByRole('table', { name: 'Alla ärenden' });
    await table.getByRole('row').filter({ hasText: assigned.caseNumber }).waitFor();
    expect(await table.innerText()).not.toContain(other.caseNumber);
    await expectAccessible(page);
    await screenshot(page, 'inkorg-begransad-handlaggare-alla');

    // Both cases are the same applicant's; a search by personnummer still finds only the assigned one.
    await page.getByRole('searchbox', { name: 'Sök ärende' }).fill(demo.applicant.personnummer);
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await expect.poll(() => page.url()).toContain('sok=');
    await table.getByRole('row').filter({ hasText: assigned.caseNumber }).waitFor();
    expect(await table.innerText()).not.toContain(other.caseNumber);

    // The assigned case opens; the other one's address answers as if it did not exist.
    await page.goto(`${server.baseUrl}/handlaggare/arenden/${assigned.id}`);
    await heading(page, `Ärende ${assigned.caseNumber}`);
    await expectAccessible(page);
    await page.goto(`${server.baseUrl}/handlaggare/arenden/${other.id}`);
    await page.getByRole('alert').filter({ hasText: 'Vi hittade inte det du letade efter.' }).waitFor();
    expect(await page.getByRole('main').innerText()).not.toContain(other.caseNumber);
    await expectAccessible(page);
    await context.close();
  });
});
