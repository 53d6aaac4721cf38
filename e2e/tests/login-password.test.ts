import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, demo, devOutboxCode } from '../support/api.js';
import { seriousAccessibilityViolations } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';
import { startEnvironment, type E2eEnvironment } from '../support/environment.js';

let server: RunningServer;
let browser: Browser;
let environment: E2eEnvironment;
let database: pg.Client;

beforeAll(async () => {
  environment = await startEnvironment();
  ({ server, browser } = environment);
  database = new pg.Client({ connectionString: environment.databaseUrl });
  await database.connect();
});

afterAll(async () => {
  await database?.end();
  await environment?.stop();
});

async function expectAccessible(page: Page) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'sv-SE' });
  return { context, page: await context.newPage() };
}

/** The demo municipality is the only one, so the login page goes straight to its methods. */
async function enterPassword(page: Page, password: string) {
  await page.goto(`${server.baseUrl}/logga-in`);
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await page.getByRole('textbox', { name: 'Personnummer' }).fill(demo.applicant.personnummer);
  await page.getByLabel('Lösenord').fill(password);
}

/** A printed code list for the demo applicant, issued by the demo caseworker as the API offers it. */
async function issueCodeList(): Promise<Map<number, string>> {
  const caseworker = apiSession(server.baseUrl);
  const started = await caseworker.post('/api/auth/staff/login', {
    username: demo.caseworker.username,
    password: demo.caseworker.password,
  });
  expect(started.status).toBe(200);
  const verified = await caseworker.post('/api/auth/staff/verify', {
    challengeId: started.body.challengeId,
    code: await devOutboxCode(server.baseUrl, demo.caseworker.mobile),
  });
  expect(verified.status).toBe(200);
  const { rows } = await database.query<{ id: string }>('select id from applicants where personnummer = $1', [
    demo.applicant.personnummer.replace('-', ''),
  ]);
  const issued = await caseworker.post(`/api/staff/applicants/${rows[0]!.id}/code-list`);
  expect(issued.status).toBe(201);
  const codes = issued.body.codes as { number: number; code: string }[];
  return new Map(codes.map(({ number, code }) => [number, code]));
}

describe('logging in with a password', () => {
  it('says plainly when the password is wrong, and logs in with the password and the code sent by SMS', async () => {
    const { context, page } = await phone();
    await enterPassword(page, 'fel-lösenord');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Det finns fel som du behöver rätta' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      'Inloggningen misslyckades. Kontrollera att du har skrivit rätt uppgifter och lösenord och försök igen.',
    );
    expect(await summary.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await expectAccessible(page);

    await page.getByLabel('Lösenord').fill(demo.applicant.password);
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ange engångskoden' }).waitFor();
    await page.getByText(/Vi har skickat en kod i ett sms till/).waitFor();
    await expectAccessible(page);
    await page
      .getByRole('textbox', { name: 'Engångskod' })
      .fill(await devOutboxCode(server.baseUrl, demo.applicant.mobile));
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina sidor' }).waitFor();
    await page.getByText('Hej Tolvan Tolvansson!').waitFor();
    await context.close();
  });

  it('logs in with the password and the numbered code the page asks for from a printed code list', async () => {
    // The municipality switches the code list on; the caseworker hands the applicant a list.
    await database.query(
      `update municipalities set applicant_login_methods = '{bankid,password_sms,password_code_list}' where slug = $1`,
      [demo.municipality],
    );
    const codes = await issueCodeList();

    const { context, page } = await phone();
    await enterPassword(page, demo.applicant.password);
    await page.getByRole('heading', { name: 'Med lösenord' }).waitFor();
    await page
      .getByRole('group', { name: 'Hur vill du få engångskoden?' })
      .getByRole('radio', { name: 'Från min kodlista' })
      .check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Fortsätt' }).click();

    await page.getByRole('heading', { level: 1, name: 'Ange kod från din kodlista' }).waitFor();
    const field = page.getByRole('textbox', { name: /^Kod nummer \d+$/ });
    const label = await field.evaluate((input: HTMLInputElement) => input.labels?.[0]?.textContent ?? '');
    const number = Number(/\d+/.exec(label)?.[0]);
    expect(codes.has(number)).toBe(true);
    await page.getByText(`Ange kod nummer ${number} från din kodlista.`, { exact: false }).waitFor();
    await expectAccessible(page);

    // Another code of the list is wrong here, and the message says which one to use.
    const wrong = [...codes].find(([other]) => other !== number)![1];
    await field.fill(wrong);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page
      .getByText(`Kontrollera att du har skrivit kod nummer ${number} från din kodlista`, { exact: false })
      .waitFor();

    await field.fill(codes.get(number)!);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina sidor' }).waitFor();
    await context.close();
  });
});
