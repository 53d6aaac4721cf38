import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMonth, nextPeriod } from '@ebistans/schema';
import { demo, devOutboxCode } from '../support/api.js';
import { answer, expectAccessible, next, step } from '../support/form.js';
import type { RunningServer } from '../support/server.js';
import { startEnvironment, type E2eEnvironment } from '../support/environment.js';

let server: RunningServer;
let browser: Browser;
let environment: E2eEnvironment;
// Next month, as most people apply, so that the test never applies for a month that has passed.
const period = nextPeriod();

beforeAll(async () => {
  // The real server on a real PostgreSQL: it migrates and seeds the demo municipality itself.
  environment = await startEnvironment();
  ({ server, browser } = environment);
});

afterAll(async () => {
  await environment?.stop();
});

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

    // The month: a failed "Nästa" shows an error summary that takes focus.
    await step(page, 'Vilken månad söker du för?', 'Steg 1 av 14');
    await page.getByRole('button', { name: 'Nästa' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Det finns fel som du behöver rätta' });
    await summary.waitFor();
    expect(await summary.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await expectAccessible(page);
    await page.getByLabel('Månad', { exact: true }).fill(period);
    await next(page);

    await step(page, 'Har något ändrats?');
    await answer(page, 'Har något ändrats sedan din förra ansökan?', 'Nej');
    await answer(page, 'Har du betalat de kostnader som du fick bistånd till förra månaden?', 'Ja');
    await next(page);

    await step(page, 'Om dig');
    await answer(page, 'Civilstånd', 'Ensamstående');
    await page.getByRole('textbox', { name: 'Telefonnummer' }).fill('070-123 45 67');
    await answer(page, 'Behöver du tolk när du träffar handläggaren?', 'Nej');
    await expectAccessible(page);
    await next(page);

    // A single person has no co-applicant: that step is skipped and not counted.
    await step(page, 'Barn och andra i hushållet', 'Steg 4 av 14');
    await answer(page, 'Har du eller din medsökande barn under 21 år?', 'Nej');
    await answer(page, 'Bor någon annan i bostaden?', 'Nej');
    await next(page);

    await step(page, 'Ditt boende');
    await answer(page, 'Hur bor du?', 'Hyresrätt med eget kontrakt');
    await answer(page, 'Vem står på kontraktet eller äger bostaden?', 'Jag');
    await page.getByRole('textbox', { name: 'Hyra eller boendekostnad per månad' }).fill('5400');
    await answer(page, 'Hyr du ut en del av bostaden?', 'Nej');
    await next(page);

    // Income: answering "Ja" opens the list with its first row; a row added by mistake can be removed.
    await step(page, 'Inkomster');
    await answer(
      page,
      'Får du eller någon i ditt hushåll pengar den här månaden eller fick ni pengar förra månaden?',
      'Ja',
    );
    const incomes = page.getByRole('group', { name: 'Inkomster', exact: true });
    const income = incomes.getByRole('group', { name: 'Inkomst 1', exact: true });
    await income.getByRole('combobox', { name: 'Vilken sorts inkomst?' }).selectOption({ label: 'Lön' });
    await income.getByRole('textbox', { name: 'Belopp efter skatt' }).fill('6000');
    await income.getByLabel('Datum då pengarna kom').fill(`${period}-05`);
    await income.getByRole('radio', { name: 'Jag', exact: true }).check();
    await incomes.getByRole('button', { name: 'Lägg till en inkomst' }).click();
    const added = incomes.getByRole('group', { name: 'Inkomst 2', exact: true });
    expect(await added.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await expectAccessible(page);
    await added.getByRole('button', { name: 'Ta bort Inkomst 2' }).click();
    expect(await added.count()).toBe(0);
    await answer(page, 'Har du eller din medsökande sökt någon ersättning som ni väntar på beslut om?', 'Nej');
    await next(page);

    await step(page, 'Tillgångar');
    await answer(page, 'Har du, din medsökande eller era barn pengar på banken eller något annat av värde?', 'Nej');
    await next(page);

    await step(page, 'Arbete och sysselsättning');
    const you = page.getByRole('group', { name: 'Du', exact: true });
    await you.getByRole('checkbox', { name: 'Söker arbete' }).check();
    await answer(page, 'Är personen inskriven hos Arbetsförmedlingen?', 'Ja');
    await you.getByRole('textbox', { name: 'Hur många jobb har personen sökt den senaste månaden?' }).fill('12');
    await answer(page, 'Har personen planerade aktiviteter?', 'Nej');
    await expectAccessible(page);
    await next(page);

    await step(page, 'Vistelse i kommunen');
    await answer(page, 'Kommer du att vara i kommunen hela månaden?', 'Ja');
    await next(page);

    await step(page, 'Kostnader du söker för');
    await answer(page, 'Söker du bistånd till andra kostnader än hyran?', 'Ja');
    const cost = page.getByRole('group', { name: 'Kostnad 1', exact: true });
    await cost.getByRole('combobox', { name: 'Vilken kostnad?' }).selectOption({ label: 'Hushållsel' });
    await cost.getByRole('textbox', { name: 'Belopp' }).fill('640');
    await next(page);

    await step(page, 'Utbetalning');
    await answer(page, 'Hur vill du få pengarna?', 'Till samma konto som förra gången');
    await next(page);

    await step(page, 'Intyga och skicka', 'Steg 12 av 14');
    await page.getByRole('checkbox', { name: /Jag intygar på heder och samvete/ }).check();
    await next(page);

    // The receipts the answers call for; they can be sent later, so the step can be passed as it is.
    await step(page, 'Underlag', 'Steg 13 av 14');
    await next(page);

    await step(page, 'Granska och skicka', 'Steg 14 av 14');
    await expect.poll(() => page.getByText('5 400 kr').first().isVisible()).toBe(true);
    const main = await page.getByRole('main').innerText();
    expect(main).toContain('Inkomst 1');
    expect(main).toContain('Kostnad 1');
    expect(main).not.toContain('Din medsökande');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Skicka ansökan' }).click();

    await page.getByRole('heading', { level: 1, name: 'Din ansökan är skickad' }).waitFor();
    await page
      .getByRole('main')
      .getByText(/^\d{4}-\d{6}$/)
      .waitFor();
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
    expect(text).toContain(formatMonth(period, 'sv'));
    expect(text).toMatch(/5\s400 kr/);
    expect(text).toMatch(/6\s000 kr/);
    expect(text).toContain('Inkomst 1');
    expect(text).toContain('Hushållsel');
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
