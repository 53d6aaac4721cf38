import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, heading, screenshot, staffBrowser, submitApplication, tab } from '../support/caseworker.js';
import type { RunningServer } from '../support/server.js';
import { startEnvironment, type E2eEnvironment } from '../support/environment.js';

let server: RunningServer;
let browser: Browser;
let environment: E2eEnvironment;

beforeAll(async () => {
  environment = await startEnvironment();
  ({ server, browser } = environment);
});

afterAll(async () => {
  await environment?.stop();
});

describe('hand-over to the case system', () => {
  it('moves the case from Alla to Överlämnade, read-only, and then it can be deleted', async () => {
    const { caseNumber } = await submitApplication(server.baseUrl);

    const context = await staffBrowser(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/handlaggare/?flik=alla`);
    await heading(page, 'Inkorg');
    await tab(page, /^Alla \(1\)$/).waitFor();
    await tab(page, /^Överlämnade \(0\)$/).waitFor();
    await tab(page, /^Testärenden \(0\)$/).waitFor();
    await page.getByRole('table', { name: 'Alla ärenden' }).getByRole('link', { name: caseNumber }).click();
    await heading(page, `Ärende ${caseNumber}`);

    // A case being handled cannot be deleted yet; handing it over asks first.
    await page.getByText('Visa åtgärder', { exact: true }).click();
    await page.getByText(/kan tas bort när det är avslutat, återkallat eller överlämnat/).waitFor();
    expect(await page.getByRole('button', { name: 'Ta bort ärende' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Markera som övertagen' }).click();
    const question = page.getByRole('group', { name: /Vill du markera ärende .* som övertaget/ });
    await question.waitFor();
    await expectAccessible(page);
    await screenshot(page, 'arende-markera-som-overtagen', question);
    await page.getByRole('button', { name: 'Ja, markera som övertagen' }).click();
    await page.getByRole('status').filter({ hasText: 'Ärendet är markerat som övertaget.' }).waitFor();
    const main = page.getByRole('main');
    await expect.poll(() => main.innerText()).toContain('Överlämnat till verksamhetssystemet');
    // Read-only now: taking, assigning, status and markings are gone; undoing the hand-over is offered.
    await page.getByRole('button', { name: 'Ångra överlämningen' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Ny status' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ta ärende' }).count()).toBe(0);
    await expectAccessible(page);

    // Gone from Alla, listed under Överlämnade.
    await page.getByRole('link', { name: 'Tillbaka till inkorgen' }).click();
    await heading(page, 'Inkorg');
    await tab(page, /^Alla \(0\)$/).waitFor();
    await tab(page, /^Överlämnade \(1\)$/).click();
    const row = page
      .getByRole('table', { name: 'Överlämnade ärenden' })
      .getByRole('row')
      .filter({ hasText: caseNumber });
    await row.waitFor();
    expect(await row.innerText()).toContain('Överlämnad');
    await expectAccessible(page);
    await screenshot(page, 'inkorg-overlamnade');

    // Still readable; now it may be deleted, after its own confirm step.
    await row.getByRole('link', { name: caseNumber }).click();
    await heading(page, `Ärende ${caseNumber}`);
    await expect.poll(() => main.innerText()).toContain('Tolvan Tolvansson');
    await page.getByText('Visa åtgärder', { exact: true }).click();
    await page.getByRole('button', { name: 'Ta bort ärende' }).click();
    await page.getByRole('group', { name: /Vill du ta bort ärende .* för gott/ }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ja, ta bort ärendet' }).click();
    await heading(page, 'Inkorg');
    await tab(page, /^Överlämnade \(0\)$/).waitFor();
    await context.close();
  });
});
