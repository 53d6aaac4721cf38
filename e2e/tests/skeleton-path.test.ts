import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase, dropDatabase } from '@ebistans/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demo, devOutboxCode } from '../support/api.js';
import { launchBrowser, seriousAccessibilityViolations } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
let browser: Browser;
const adminUrl = inject('e2ePostgresAdminUrl');
const databaseName = `e2e_${randomUUID().replaceAll('-', '')}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'ebistans-e2e-'));

beforeAll(async () => {
  // The real server on a real PostgreSQL: it migrates and seeds the demo municipality itself.
  const databaseUrl = await createDatabase(adminUrl, databaseName);
  server = await startServer({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, NODE_ENV: 'development' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await dropDatabase(adminUrl, databaseName);
  rmSync(dataDir, { recursive: true, force: true });
});

async function expectAccessible(page: Page) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

async function enterCode(page: Page, mobile: string, button: string) {
  await page.getByRole('heading', { level: 1, name: 'Ange engångskoden' }).waitFor();
  await expectAccessible(page);
  await page.getByRole('textbox', { name: 'Engångskod' }).fill(await devOutboxCode(server.baseUrl, mobile));
  await page.getByRole('button', { name: button }).click();
}

describe('the walking skeleton: one application from the applicant to the caseworker inbox', () => {
  let caseNumber = '';

  it('lets the demo applicant log in with password and SMS code, fill the form, submit and see a case number', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/`);

    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('textbox', { name: 'Personnummer' }).fill(demo.applicant.personnummer);
    await page.getByLabel('Lösenord').fill(demo.applicant.password);
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await enterCode(page, demo.applicant.mobile, 'Logga in');

    await page.getByRole('heading', { level: 1, name: 'Mina sidor' }).waitFor();
    await expect.poll(() => page.getByText('Du har inte skickat någon ansökan ännu.').isVisible()).toBe(true);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Ny ansökan' }).click();

    // Step 1: a failed "Nästa" shows an error summary that takes focus.
    await page.getByRole('heading', { level: 1, name: 'Period och hushåll' }).waitFor();
    await expect.poll(() => page.getByText('Steg 1 av 4').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Nästa' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Det finns fel som du behöver rätta' });
    await summary.waitFor();
    expect(await summary.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await expectAccessible(page);
    await page.getByLabel('Vilken månad söker du för?').fill('2026-12');
    await page.getByRole('radio', { name: 'Ensamstående' }).check();
    await page.getByRole('button', { name: 'Nästa' }).click();

    // Step 2: the income amount appears only after answering "Ja".
    await page.getByRole('heading', { level: 1, name: 'Boende och inkomster' }).waitFor();
    await page.getByRole('textbox', { name: 'Hyra per månad' }).fill('5400');
    expect(await page.getByRole('textbox', { name: 'Inkomster efter skatt, totalt' }).count()).toBe(0);
    await page
      .getByRole('group', { name: 'Har du eller ditt hushåll inkomster den här månaden?' })
      .getByRole('radio', { name: 'Ja' })
      .check();
    await page.getByRole('textbox', { name: 'Inkomster efter skatt, totalt' }).fill('6000');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Nästa' }).click();

    // Step 3: the declaration, then the review page.
    await page.getByRole('heading', { level: 1, name: 'Intyga och skicka' }).waitFor();
    await page.getByRole('checkbox', { name: /Jag intygar på heder och samvete/ }).check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByRole('heading', { level: 1, name: 'Granska och skicka' }).waitFor();
    await expect.poll(() => page.getByText('5 400 kr').first().isVisible()).toBe(true);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Skicka ansökan' }).click();

    await page.getByRole('heading', { level: 1, name: 'Din ansökan är skickad' }).waitFor();
    await page.getByRole('main').getByText(/^\d{4}-\d{6}$/).waitFor();
    caseNumber = /\d{4}-\d{6}/.exec(await page.getByRole('main').innerText())?.[0] ?? '';
    expect(caseNumber).toMatch(new RegExp(`^${new Date().getFullYear()}-\\d{6}$`));
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Till Mina sidor' }).click();
    await expect.poll(() => page.getByText(caseNumber).isVisible()).toBe(true);
    await context.close();
  });

  it('lets the demo caseworker log in, find the case under Obehandlade and open it', async () => {
    expect(caseNumber).not.toBe('');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/handlaggare/`);

    await page.getByRole('heading', { level: 1, name: 'Logga in som handläggare' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('textbox', { name: 'Användarnamn' }).fill(demo.caseworker.username);
    await page.getByLabel('Lösenord').fill(demo.caseworker.password);
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await enterCode(page, demo.caseworker.mobile, 'Logga in');

    await page.getByRole('heading', { level: 1, name: 'Inkorg' }).waitFor();
    await page.getByRole('link', { name: 'Obehandlade (1)' }).waitFor();
    const table = page.getByRole('table', { name: 'Obehandlade ärenden' });
    const row = table.getByRole('row').filter({ hasText: caseNumber });
    await row.waitFor();
    expect(await row.innerText()).toContain('Tolvan Tolvansson');
    await expectAccessible(page);

    await row.getByRole('link', { name: caseNumber }).click();
    await page.getByRole('heading', { level: 1, name: `Ärende ${caseNumber}` }).waitFor();
    const main = page.getByRole('main');
    await expect.poll(() => main.innerText()).toContain('19121212-1212');
    const text = await main.innerText();
    expect(text).toContain('Tolvan Tolvansson');
    expect(text).toContain('december 2026');
    expect(text).toMatch(/5\s400 kr/);
    expect(text).toMatch(/6\s000 kr/);
    await expectAccessible(page);
    await context.close();
  });

  it('keeps the English alternative of the applicant app accessible too', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible(page);
    await context.close();
  });
});
