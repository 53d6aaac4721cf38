import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { shiftMonth } from '@ebistans/schema';
import { demo, devOutboxCode } from '../support/api.js';
import { answer, next, step } from '../support/form.js';

/** Shared steps of the application journeys (application-full and application-resume), by role and label. */

/** WCAG 1.4.10: at 320 CSS pixels the page reflows into one column, with no scrolling sideways. */
export async function expectFitsNarrowScreen(page: Page) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: viewport?.height ?? 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  if (viewport) await page.setViewportSize(viewport);
}

/**
 * Saves a picture of the whole page (or of one part) for the applicant guide when `E2E_SCREENSHOTS` names a folder (such as
 * docs/images/applicant); test runs without it leave no files.
 */
export async function screenshot(target: Page | Locator, name: string) {
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${name}.png`);
  if ('goto' in target) await target.screenshot({ path: file, fullPage: true });
  else await target.screenshot({ path: file });
}

/** Logs the demo applicant in with password and the SMS code from the dev outbox. */
export async function logInWithPassword(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await page.getByRole('textbox', { name: 'Personnummer' }).fill(demo.applicant.personnummer);
  await page.getByLabel('Lösenord').fill(demo.applicant.password);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ange engångskoden' }).waitFor();
  await page.getByRole('textbox', { name: 'Engångskod' }).fill(await devOutboxCode(baseUrl, demo.applicant.mobile));
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mina sidor' }).waitFor();
}

/** The demo person as the BankID simulator knows them. */
export const demoPersonalNumber = demo.applicant.personnummer.replace('-', '');

/**
 * Plays the phone: waits for the BankID order the page started (`auth` or `sign`), scans its QR code in
 * the simulator and approves it as the demo person.
 */
export async function approveInBankIdApp(baseUrl: string, kind: 'auth' | 'sign') {
  const simulator = `${baseUrl}/bankid-simulator/app`;
  let orderRef: string | undefined;
  await expect
    .poll(
      async () => {
        const { items } = (await (await fetch(`${simulator}/orders`)).json()) as {
          items: { orderRef: string; kind: string }[];
        };
        orderRef = items.find((item) => item.kind === kind)?.orderRef;
        return orderRef;
      },
      { timeout: 15_000 },
    )
    .toBeDefined();
  const post = (url: string, body: unknown) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect((await post(`${simulator}/orders/${orderRef}/scan`, {})).status).toBe(200);
  expect((await post(`${simulator}/orders/${orderRef}/approve`, { personalNumber: demoPersonalNumber })).status).toBe(
    200,
  );
}

/** Logs the demo applicant in with Mobilt BankID on "another device": the simulator. */
export async function logInWithBankId(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await page.getByRole('button', { name: 'Mobilt BankID på en annan enhet' }).click();
  await approveInBankIdApp(baseUrl, 'auth');
  await page.getByRole('heading', { level: 1, name: 'Mina sidor' }).waitFor();
}

/** The first steps of the example family's application: the month, changes, the applicant and the co-applicant. */
export async function fillFirstSteps(page: Page, period: string) {
  await step(page, 'Vilken månad söker du för?', 'Steg 1 av 14');
  await page.getByLabel('Månad', { exact: true }).fill(period);
  await next(page);

  await step(page, 'Har något ändrats?');
  await answer(page, 'Har något ändrats sedan din förra ansökan?', 'Nej');
  await answer(page, 'Har du betalat de kostnader som du fick bistånd till förra månaden?', 'Ja');
  await next(page);

  await step(page, 'Om dig');
  await answer(page, 'Civilstånd', 'Sambo');
  await page.getByRole('textbox', { name: 'Telefonnummer' }).fill('070-123 45 67');
  await answer(page, 'Behöver du tolk när du träffar handläggaren?', 'Nej');
  await next(page);

  // A sambo has a co-applicant: that step is asked and counted.
  await step(page, 'Din medsökande', 'Steg 4 av 15');
  const coApplicant = page.getByRole('group', { name: 'Medsökande', exact: true });
  await coApplicant.getByRole('textbox', { name: 'För- och efternamn' }).fill('Kim Tolvansson');
  await coApplicant.getByRole('textbox', { name: 'Personnummer' }).fill('19820310-2382');
  await next(page);
}

/** The household: two children, the second one 15 days a month. */
export async function fillHousehold(page: Page) {
  await step(page, 'Barn och andra i hushållet', 'Steg 5 av 15');
  await answer(page, 'Har du eller din medsökande barn under 21 år?', 'Ja');
  const children = page.getByRole('group', { name: 'Barn', exact: true });
  const first = children.getByRole('group', { name: 'Barn 1', exact: true });
  await first.getByRole('textbox', { name: 'Barnets för- och efternamn' }).fill('Alva Tolvansson');
  await first.getByRole('textbox', { name: 'Barnets personnummer' }).fill('20150601-4586');
  await answer(first, 'Hur bor barnet?', 'Hos mig hela tiden');
  await answer(first, 'Är barnet folkbokfört på din adress?', 'Ja');
  await children.getByRole('button', { name: 'Lägg till ett barn' }).click();
  const second = children.getByRole('group', { name: 'Barn 2', exact: true });
  await second.getByRole('textbox', { name: 'Barnets för- och efternamn' }).fill('Elis Tolvansson');
  await second.getByRole('textbox', { name: 'Barnets personnummer' }).fill('20190214-3674');
  await answer(second, 'Hur bor barnet?', 'Växelvis hos mig och den andra föräldern');
  await second.getByRole('textbox', { name: 'Hur många dagar är barnet hos dig den här månaden?' }).fill('15');
  await answer(second, 'Är barnet folkbokfört på din adress?', 'Nej');
  await answer(page, 'Bor någon annan i bostaden?', 'Nej');
  await next(page);
}

/** Housing, incomes, assets, activities, stay, costs, payment and the declaration. */
export async function fillRemainingSteps(page: Page, period: string) {
  const previousMonth = shiftMonth(period, -1);
  await step(page, 'Ditt boende');
  await answer(page, 'Hur bor du?', 'Hyresrätt med eget kontrakt');
  await answer(page, 'Vem står på kontraktet eller äger bostaden?', 'Vi båda');
  await page.getByRole('textbox', { name: 'Hyra eller boendekostnad per månad' }).fill('7400');
  await answer(page, 'Hyr du ut en del av bostaden?', 'Nej');
  await next(page);

  await step(page, 'Inkomster');
  await answer(
    page,
    'Får du eller någon i ditt hushåll pengar den här månaden eller fick ni pengar förra månaden?',
    'Ja',
  );
  const incomes = page.getByRole('group', { name: 'Inkomster', exact: true });
  const salary = incomes.getByRole('group', { name: 'Inkomst 1', exact: true });
  await salary.getByRole('combobox', { name: 'Vilken sorts inkomst?' }).selectOption({ label: 'Lön' });
  await salary.getByRole('textbox', { name: 'Belopp efter skatt' }).fill('4200');
  await salary.getByLabel('Datum då pengarna kom').fill(`${previousMonth}-25`);
  await answer(salary, 'Vem får inkomsten?', 'Min medsökande (make, maka eller sambo)');
  await incomes.getByRole('button', { name: 'Lägg till en inkomst' }).click();
  const allowance = incomes.getByRole('group', { name: 'Inkomst 2', exact: true });
  await allowance
    .getByRole('combobox', { name: 'Vilken sorts inkomst?' })
    .selectOption({ label: 'Barnbidrag och flerbarnstillägg' });
  await allowance.getByRole('textbox', { name: 'Belopp efter skatt' }).fill('2650');
  await allowance.getByLabel('Datum då pengarna kom').fill(`${previousMonth}-20`);
  await answer(allowance, 'Vem får inkomsten?', 'Jag');
  await answer(page, 'Har du eller din medsökande sökt någon ersättning som ni väntar på beslut om?', 'Nej');
  await next(page);

  await step(page, 'Tillgångar');
  await answer(page, 'Har du, din medsökande eller era barn pengar på banken eller något annat av värde?', 'Nej');
  await next(page);

  await step(page, 'Arbete och sysselsättning');
  const you = page.getByRole('group', { name: 'Du', exact: true });
  await you.getByRole('checkbox', { name: 'Söker arbete' }).check();
  await answer(you, 'Är personen inskriven hos Arbetsförmedlingen?', 'Ja');
  await you.getByRole('textbox', { name: 'Hur många jobb har personen sökt den senaste månaden?' }).fill('12');
  await answer(you, 'Har personen planerade aktiviteter?', 'Nej');
  const partner = page.getByRole('group', { name: 'Din medsökande', exact: true });
  await partner.getByRole('checkbox', { name: 'Arbetar' }).check();
  await answer(partner, 'Hur mycket arbetar personen?', 'Deltid');
  await answer(partner, 'Har personen planerade aktiviteter?', 'Nej');
  await next(page);

  await step(page, 'Vistelse i kommunen');
  await answer(page, 'Kommer du att vara i kommunen hela månaden?', 'Ja');
  await next(page);

  await step(page, 'Kostnader du söker för');
  await answer(page, 'Söker du bistånd till andra kostnader än hyran?', 'Ja');
  const costs = page.getByRole('group', { name: 'Kostnader', exact: true });
  const electricity = costs.getByRole('group', { name: 'Kostnad 1', exact: true });
  await electricity.getByRole('combobox', { name: 'Vilken kostnad?' }).selectOption({ label: 'Hushållsel' });
  await electricity.getByRole('textbox', { name: 'Belopp' }).fill('640');
  await next(page);

  await step(page, 'Utbetalning');
  await answer(page, 'Hur vill du få pengarna?', 'Till samma konto som förra gången');
  await next(page);

  await step(page, 'Intyga och skicka', 'Steg 13 av 15');
  await page.getByRole('checkbox', { name: /Jag intygar på heder och samvete/ }).check();
  await next(page);
}

/** The autosave status says the answers are stored ("Sparat 10:42"). */
export async function expectSaved(page: Page) {
  await expect
    .poll(() =>
      page
        .getByRole('status')
        .filter({ hasText: /^Sparat / })
        .count(),
    )
    .toBe(1);
}
