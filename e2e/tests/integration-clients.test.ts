import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleMonthlyApplication, nextPeriod } from '@ebistans/schema';
import { demo } from '../support/api.js';
import { expectAccessible, heading, staffBrowser, submitApplication } from '../support/caseworker.js';
import type { RunningServer } from '../support/server.js';
import { addStaff, startEnvironment, type E2eEnvironment } from '../support/environment.js';

let server: RunningServer;
let browser: Browser;
let environment: E2eEnvironment;

const admin = { username: 'ivar', password: demo.caseworker.password, mobile: '0700000072' };

beforeAll(async () => {
  environment = await startEnvironment();
  ({ server, browser } = environment);
  await addStaff(environment.databaseUrl, { ...admin, name: 'Ivar Integration', role: 'admin' });
});

afterAll(async () => {
  await environment?.stop();
});

const menu = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

/** What the case system does with the credentials the admin handed it: a token, then the change feed. */
async function casesSeenBy(clientId: string, clientSecret: string) {
  const token = await fetch(`${server.baseUrl}/api/v1/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  if (token.status !== 200) return { status: token.status, caseNumbers: [] };
  const { access_token: accessToken } = (await token.json()) as { access_token: string };
  const cases = await fetch(`${server.baseUrl}/api/v1/cases`, { headers: { authorization: `Bearer ${accessToken}` } });
  const body = (await cases.json()) as { items: { caseNumber: string }[] };
  return { status: cases.status, caseNumbers: body.items.map((item) => item.caseNumber) };
}

describe('API-klienter', () => {
  it('lets an admin create a client whose secret, shown once, lets the case system read cases until revoked', async () => {
    const submitted = await submitApplication(server.baseUrl, exampleMonthlyApplication(nextPeriod()));
    const context = await staffBrowser(browser, server.baseUrl, admin);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/handlaggare/`);
    await menu(page).getByRole('link', { name: 'API-klienter' }).click();
    await heading(page, 'API-klienter');
    await expectAccessible(page);

    // Asked for what is missing, in Swedish, before anything is created.
    await page.getByRole('button', { name: 'Skapa API-klient' }).click();
    await page.getByText('Skriv ett namn.').first().waitFor();
    await expectAccessible(page);

    await page.getByRole('textbox', { name: /^Namn/ }).fill('Verksamhetssystemet');
    await page.getByRole('checkbox', { name: /Läsa ärenden/ }).check();
    await page.getByRole('button', { name: 'Skapa API-klient' }).click();
    await page.getByRole('heading', { name: 'Hemlighet för Verksamhetssystemet' }).waitFor();
    const clientId = await page.getByRole('textbox', { name: /^Klient-id/ }).inputValue();
    const clientSecret = await page.getByRole('textbox', { name: /^Hemlighet \(client_secret\)/ }).inputValue();
    await expectAccessible(page);

    const seen = await casesSeenBy(clientId, clientSecret);
    expect(seen.status).toBe(200);
    expect(seen.caseNumbers).toContain(submitted.caseNumber);

    // Once the admin has copied it, the secret is gone from the page for good.
    await page.getByRole('button', { name: 'Jag har kopierat hemligheten' }).click();
    expect(await page.getByText(clientSecret).count()).toBe(0);
    await page.reload();
    await heading(page, 'API-klienter');
    expect(await page.content()).not.toContain(clientSecret);

    await page.getByRole('button', { name: 'Återkalla' }).click();
    await page.getByRole('button', { name: 'Ja, återkalla' }).click();
    await page.getByText('Verksamhetssystemet är återkallad.').waitFor();
    await expectAccessible(page);
    expect((await casesSeenBy(clientId, clientSecret)).status).toBe(401);
    await context.close();
  });
});
