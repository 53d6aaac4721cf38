import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/api.js';
import { expectAccessible, heading, staffBrowser } from '../support/caseworker.js';
import type { RunningServer } from '../support/server.js';
import { addStaff, startEnvironment, type E2eEnvironment } from '../support/environment.js';

let server: RunningServer;
let browser: Browser;
let environment: E2eEnvironment;

const admin = { username: 'adrian', password: demo.caseworker.password, mobile: '0700000061' };

beforeAll(async () => {
  environment = await startEnvironment();
  ({ server, browser } = environment);
  // An admin of the demo municipality, with the demo caseworker's password.
  await addStaff(environment.databaseUrl, { ...admin, name: 'Adrian Admin', role: 'admin' });
});

afterAll(async () => {
  await environment?.stop();
});

const menu = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

describe('Aviseringar', () => {
  it('is in the menu for admins only', async () => {
    const caseworker = await staffBrowser(browser, server.baseUrl);
    const desk = await caseworker.newPage();
    await desk.goto(`${server.baseUrl}/handlaggare/`);
    await menu(desk).getByRole('link', { name: 'Hantera sökande' }).waitFor();
    expect(await menu(desk).getByRole('link', { name: 'Aviseringar' }).count()).toBe(0);
    await caseworker.close();
  });

  it('lets an admin change the sender and channels, with field errors in Swedish', async () => {
    const context = await staffBrowser(browser, server.baseUrl, admin);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/handlaggare/`);
    await menu(page).getByRole('link', { name: 'Aviseringar', exact: true }).click();
    await heading(page, 'Aviseringar');
    const sms = page.getByRole('group', { name: 'När ärendets status ändras' }).getByRole('checkbox', { name: 'Sms' });
    await sms.waitFor();
    await expectAccessible(page);

    await page.getByRole('textbox', { name: /^Funktionsbrevlåda/ }).fill('brevlåda');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Det finns fel som du behöver rätta' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Ange en e-postadress som namn@exempel.se.');
    await expectAccessible(page);

    await page.getByRole('textbox', { name: /^Funktionsbrevlåda/ }).fill('ekonomiskt.bistand@demokommun.example');
    await sms.uncheck();
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Aviseringarna är sparade.').waitFor();

    await page.reload();
    await heading(page, 'Aviseringar');
    await sms.waitFor();
    expect(await sms.isChecked()).toBe(false);
    expect(await page.getByRole('textbox', { name: /^Funktionsbrevlåda/ }).inputValue()).toBe(
      'ekonomiskt.bistand@demokommun.example',
    );
    await context.close();
  });
});
