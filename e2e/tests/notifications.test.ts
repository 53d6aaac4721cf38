import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleMonthlyApplication, formatMonth, nextPeriod, shiftMonth } from '@ebistans/schema';
import { demo } from '../support/api.js';
import {
  applicantBrowser,
  expectAccessible,
  heading,
  staffBrowser,
  submitApplication,
  tab,
} from '../support/caseworker.js';
import type { RunningServer } from '../support/server.js';
import { addStaff, startEnvironment, type E2eEnvironment } from '../support/environment.js';

let server: RunningServer;
let browser: Browser;
let environment: E2eEnvironment;

const admin = { username: 'astrid', password: demo.caseworker.password, mobile: '0700000071' };

beforeAll(async () => {
  environment = await startEnvironment();
  ({ server, browser } = environment);
  // An admin of the demo municipality, with the demo caseworker's password.
  await addStaff(environment.databaseUrl, { ...admin, name: 'Astrid Admin', role: 'admin' });
});

afterAll(async () => {
  await environment?.stop();
});

const menu = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });
/** The applicant notifications queued (pg-boss jobs, one per channel) for an event of the given cases. */
async function queuedApplicantNotifications(caseIds: string[], event: string): Promise<number> {
  const client = new pg.Client({ connectionString: environment.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pgboss.job
        WHERE name = 'applicant-notifications' AND data->>'event' = $1 AND data->>'caseId' = ANY($2)`,
      [event, caseIds],
    );
    return rows[0]!.count;
  } finally {
    await client.end();
  }
}

const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

describe('an admin', () => {
  it('writes the municipality’s own text for a notification and sees the failed notifications', async () => {
    const context = await staffBrowser(browser, server.baseUrl, admin);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/handlaggare/`);
    await menu(page).getByRole('link', { name: 'Aviseringar', exact: true }).click();
    await heading(page, 'Aviseringar');
    const templates = page.getByRole('form', { name: 'Egna texter' });
    await templates.waitFor();

    // The applicant's "status changed" text in Swedish, opened from its summary.
    const own = 'Det finns nytt i ditt ärende hos {kommun}. Logga in för att läsa: {länk}';
    const section = templates.getByRole('region', { name: 'Texter till sökande' });
    await section.locator('summary').filter({ hasText: 'När ärendets status ändras' }).click();
    const swedish = section.getByRole('group', { name: 'Svenska' }).first();
    const text = swedish.getByRole('textbox', { name: /^Text i e-post/ });
    await text.fill(own);
    await expectAccessible(page);
    await templates.getByRole('button', { name: 'Spara texterna' }).click();
    await status(page, 'Texterna är sparade.').waitFor();

    await page.reload();
    await templates.waitFor();
    await section.locator('summary').filter({ hasText: 'När ärendets status ändras' }).click();
    expect(await text.inputValue()).toBe(own);

    await menu(page).getByRole('link', { name: 'Misslyckade aviseringar' }).click();
    await heading(page, 'Misslyckade aviseringar');
    await page.getByText('Det finns inga misslyckade aviseringar.').waitFor();
    expect(page.url()).toBe(`${server.baseUrl}/handlaggare/admin/misslyckade-aviseringar`);
    await expectAccessible(page);
    await context.close();
  });
});

describe('a caseworker with cases ticked in the inbox', () => {
  const periods = [nextPeriod(), shiftMonth(nextPeriod(), -1)];
  const message = 'Kontoret har stängt mellan jul och nyår. Vi handlägger ansökningarna som vanligt efter det.';
  const caseNumbers: string[] = [];
  const caseIds: string[] = [];

  async function tickBoth(page: Page) {
    await page.goto(`${server.baseUrl}/handlaggare/`);
    await tab(page, /^Alla/).click();
    for (const caseNumber of caseNumbers) {
      await page.getByRole('checkbox', { name: `Markera ärende ${caseNumber}` }).check();
    }
    await page.getByRole('heading', { level: 2, name: '2 markerade ärenden' }).waitFor();
  }

  it('sends a mailing as a message under Mina ärenden and follows it until it is done', async () => {
    for (const period of periods) {
      const { id, caseNumber } = await submitApplication(server.baseUrl, exampleMonthlyApplication(period));
      caseNumbers.push(caseNumber);
      caseIds.push(id);
    }
    const context = await staffBrowser(browser, server.baseUrl);
    const page = await context.newPage();
    await tickBoth(page);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Skapa utskick' }).click();
    await heading(page, 'Nytt utskick');
    await page.getByRole('heading', { level: 2, name: '1. Mottagare' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Sökande i de 2 markerade ärendena' }).isChecked()).toBe(true);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Visa antal mottagare' }).click();
    // Both cases are the demo applicant's: one recipient.
    await page.getByText('1 mottagare (2 ärenden).').waitFor();
    await page.getByRole('button', { name: 'Nästa' }).click();

    await page.getByRole('heading', { level: 2, name: '2. Meddelande' }).waitFor();
    await page.getByRole('radio', { name: /^Meddelande under Mina ärenden/ }).check();
    // No text: the step says so in Swedish and stays.
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByText('Skriv en text.').first().waitFor();
    await page.getByRole('textbox', { name: /^Text/ }).fill(message);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Nästa' }).click();

    await page.getByRole('heading', { level: 2, name: '3. Kontrollera och skicka' }).waitFor();
    await page.getByText('1 mottagare, varav 0 inte kan nås i kanalen').waitFor();
    expect(await page.getByRole('main').innerText()).toContain(message);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Skicka utskicket' }).click();

    await page.waitForURL(/\/handlaggare\/utskick\/[0-9a-f-]+$/);
    await heading(page, /^Utskick$/);
    expect(page.url()).toMatch(/\/handlaggare\/utskick\/[0-9a-f-]+$/);
    await status(page, 'Klart: alla 1 mottagare är hanterade.').waitFor({ timeout: 20_000 });
    expect(await page.getByRole('main').innerText()).toContain('1 skickat');
    await expectAccessible(page);

    await menu(page).getByRole('link', { name: 'Utskick' }).click();
    await heading(page, /^Utskick$/);
    await page.getByRole('table', { name: 'Utskick' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('shows the mailing to the applicant in their latest case', async () => {
    const context = await applicantBrowser(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/arenden`);
    await page.getByRole('link', { name: `Ansökan för ${formatMonth(periods[1]!, 'sv')}` }).click();
    await heading(page, `Ansökan för ${formatMonth(periods[1]!, 'sv')}`);
    await page.getByRole('region', { name: 'Meddelanden' }).getByText(message).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('changes the status of both without telling the applicant', async () => {
    const context = await staffBrowser(browser, server.baseUrl);
    const page = await context.newPage();
    await tickBoth(page);
    await page.getByRole('combobox', { name: 'Ny status' }).selectOption({ label: 'Under handläggning' });
    await page.getByRole('checkbox', { name: 'Meddela inte sökande' }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ändra status' }).click();
    // The result is announced in the bulk actions, which stay until the selection is cleared.
    await page.getByRole('status').filter({ hasText: '2 ärenden ändrades.' }).waitFor();
    await expectAccessible(page);
    for (const caseNumber of caseNumbers) {
      const row = page.getByRole('row').filter({ hasText: caseNumber });
      await expect.poll(() => row.innerText()).toContain('Under handläggning');
    }
    // Nothing queued for the applicant, while the mailing's case message was told as usual.
    expect(await queuedApplicantNotifications(caseIds, 'status-changed')).toBe(0);
    expect(await queuedApplicantNotifications(caseIds, 'message-from-caseworker')).toBeGreaterThan(0);
    await context.close();
  });
});

describe('the applicant’s Aviseringar', () => {
  it('changes address, channels and language, with a bad e-mail address refused in plain Swedish', async () => {
    const context = await applicantBrowser(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('link', { name: 'Aviseringar – e-post och sms' }).click();
    await heading(page, 'Aviseringar');
    expect(page.url()).toBe(`${server.baseUrl}/installningar/aviseringar`);
    const email = page.getByRole('textbox', { name: /^E-postadress/ });
    await email.waitFor();
    await expectAccessible(page);

    await email.fill('tolvan@');
    await page.getByRole('button', { name: 'Spara' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'E-postadress' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Ange en e-postadress som namn@exempel.se.');
    await expectAccessible(page);

    await email.fill('tolvan.tolvansson@exempel.se');
    await page.getByRole('textbox', { name: /^Mobilnummer/ }).fill('070-111 22 33');
    const sms = page.getByRole('checkbox', { name: 'Sms' });
    await sms.uncheck();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Spara' }).click();
    await status(page, 'Dina val är sparade.').waitFor();
    await expectAccessible(page);

    await page.reload();
    await email.waitFor();
    expect(await email.inputValue()).toBe('tolvan.tolvansson@exempel.se');
    expect(await page.getByRole('textbox', { name: /^Mobilnummer/ }).inputValue()).toMatch(/^(\+46|0)70-?1112233$/);
    expect(await sms.isChecked()).toBe(false);
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    await context.close();
  });
});
