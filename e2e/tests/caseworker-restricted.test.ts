import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleMonthlyApplication, nextPeriod } from '@ebistans/schema';
import { demo } from '../support/api.js';
import {
  applicantSession,
  expectAccessible,
  heading,
  screenshot,
  staffBrowser,
  submitApplication,
  tab,
} from '../support/caseworker.js';
import type { RunningServer } from '../support/server.js';
import { addStaff, startEnvironment, type E2eEnvironment } from '../support/environment.js';

let server: RunningServer;
let browser: Browser;
let environment: E2eEnvironment;
const restricted = { username: 'rut', password: demo.caseworker.password, mobile: '0700000042', name: 'Rut Begränsad' };
let restrictedId = '';

beforeAll(async () => {
  environment = await startEnvironment();
  ({ server, browser } = environment);
  // A restricted caseworker of the demo municipality, with the demo caseworker's password.
  restrictedId = await addStaff(environment.databaseUrl, { ...restricted, restricted: true });
});

afterAll(async () => {
  await environment?.stop();
});

describe("a restricted caseworker's view", () => {
  it('holds only the cases assigned to them, in lists, counts and search; any other case is not found', async () => {
    const applicant = await applicantSession(server.baseUrl);
    const submit = (period: string) => submitApplication(server.baseUrl, exampleMonthlyApplication(period), applicant);
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
