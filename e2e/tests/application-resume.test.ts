import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONTHLY_APPLICATION_FORM_ID, exampleMonthlyApplication, formatMonth, nextPeriod } from '@ebistans/schema';
import type { RunningServer } from '../support/server.js';
import { expectSaved, logInWithBankId, logInWithPassword, screenshot } from './application-journey.js';
import { answer, expectAccessible, next, step } from '../support/form.js';
import { startEnvironment, type E2eEnvironment } from '../support/environment.js';

let server: RunningServer;
let browser: Browser;
let environment: E2eEnvironment;
const period = nextPeriod();

beforeAll(async () => {
  environment = await startEnvironment();
  ({ server, browser } = environment);
});

afterAll(async () => {
  await environment?.stop();
});

/** A new browser context is another device: nothing is shared with the others but the server. */
async function device(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'sv-SE' });
  return context.newPage();
}

/** The autosave that stores `text`, once the server has answered it. */
function draftSaved(page: Page, text: string) {
  return page.waitForResponse(
    (response) =>
      response.request().method() === 'PUT' &&
      response.url().includes('/api/applicant/drafts/current') &&
      (response.request().postData() ?? '').includes(text),
  );
}

async function openApplication(page: Page, link: string) {
  await page.getByRole('link', { name: link }).click();
}

describe('an application saved on the server, resumed on another device', () => {
  it('brings the answers back after logging in elsewhere, and explains a change made on a third device', async () => {
    const phone = await device();
    await logInWithPassword(phone, server.baseUrl);
    await openApplication(phone, 'Ny ansökan');
    await step(phone, 'Vilken månad söker du för?', 'Steg 1 av 14');
    // Before anything is saved, the status says that answers are saved automatically.
    await phone.getByRole('status').filter({ hasText: 'Dina svar sparas automatiskt.' }).waitFor();
    await phone.getByLabel('Månad', { exact: true }).fill(period);
    await next(phone);
    await step(phone, 'Har något ändrats?');
    await answer(phone, 'Har något ändrats sedan din förra ansökan?', 'Nej');
    await answer(phone, 'Har du betalat de kostnader som du fick bistånd till förra månaden?', 'Ja');
    await next(phone);
    await step(phone, 'Om dig');
    await answer(phone, 'Civilstånd', 'Sambo');
    await phone.getByRole('textbox', { name: 'Telefonnummer' }).fill('070-123 45 67');
    await answer(phone, 'Behöver du tolk när du träffar handläggaren?', 'Nej');
    await next(phone);
    // Typed but not sent on with "Nästa": saved after a pause all the same.
    await step(phone, 'Din medsökande');
    const autosaved = draftSaved(phone, 'Kim Tolvansson');
    await phone
      .getByRole('group', { name: 'Medsökande', exact: true })
      .getByRole('textbox', { name: 'För- och efternamn' })
      .fill('Kim Tolvansson');
    expect((await autosaved).status()).toBe(200);
    await expectSaved(phone);
    await expectAccessible(phone);
    await screenshot(phone, 'ansokan-steg-sparat');
    await phone.getByRole('button', { name: 'Logga ut' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();

    // Another device: the start page offers to continue, and the application opens where it was left.
    const laptop = await device();
    await logInWithBankId(laptop, server.baseUrl);
    await openApplication(laptop, 'Fortsätt med din ansökan');
    await step(laptop, 'Du har en påbörjad ansökan');
    expect(await laptop.getByRole('main').innerText()).toContain(
      `Du har börjat fylla i en ansökan för ${formatMonth(period, 'sv')}.`,
    );
    await expectAccessible(laptop);
    await screenshot(laptop, 'ansokan-fortsatt-dar-du-slutade');
    await laptop.getByRole('link', { name: 'Fortsätt där du slutade' }).click();
    await step(laptop, 'Din medsökande', 'Steg 4 av 15');
    const coApplicant = laptop.getByRole('group', { name: 'Medsökande', exact: true });
    expect(await coApplicant.getByRole('textbox', { name: 'För- och efternamn' }).inputValue()).toBe('Kim Tolvansson');
    await laptop.getByRole('button', { name: 'Tillbaka' }).click();
    await step(laptop, 'Om dig');
    expect(await laptop.getByRole('textbox', { name: 'Telefonnummer' }).inputValue()).toBe('070-123 45 67');
    expect(
      await laptop
        .getByRole('group', { name: 'Civilstånd', exact: true })
        .getByRole('radio', { name: 'Sambo' })
        .isChecked(),
    ).toBe(true);
    await next(laptop);
    await step(laptop, 'Din medsökande');

    // A third device saves meanwhile: the laptop's next save is refused, explained, and the newer answers load.
    const tablet = await device();
    await logInWithPassword(tablet, server.baseUrl);
    await openApplication(tablet, 'Fortsätt med din ansökan');
    await tablet.getByRole('link', { name: 'Fortsätt där du slutade' }).click();
    await step(tablet, 'Din medsökande');
    const savedOnTablet = draftSaved(tablet, '19820310-2382');
    await tablet
      .getByRole('group', { name: 'Medsökande', exact: true })
      .getByRole('textbox', { name: 'Personnummer' })
      .fill('19820310-2382');
    expect((await savedOnTablet).status()).toBe(200);

    await coApplicant.getByRole('textbox', { name: 'Telefonnummer (frivilligt)' }).fill('070-765 43 21');
    const conflict = laptop.getByRole('alert').filter({ hasText: 'Ansökan har ändrats på en annan enhet' });
    await conflict.waitFor();
    await laptop.getByRole('status').filter({ hasText: 'Inte sparat' }).waitFor();
    await expectAccessible(laptop);
    await screenshot(laptop, 'ansokan-andrad-pa-annan-enhet');
    await conflict.getByRole('button', { name: 'Hämta den senaste versionen' }).click();
    await expect
      .poll(() => coApplicant.getByRole('textbox', { name: 'Personnummer' }).inputValue())
      .toBe('19820310-2382');
    expect(await conflict.count()).toBe(0);
    await expectSaved(laptop);
    await Promise.all([phone.context().close(), tablet.context().close(), laptop.context().close()]);
  });

  it('starts from last month after a submitted case, shows what was copied, and "Börja om" discards the draft', async () => {
    const page = await device();
    await logInWithPassword(page, server.baseUrl);
    // The case is submitted through the API with this browser's session; it takes the open draft with it.
    const submitted = await page.request.post(`${server.baseUrl}/api/applicant/applications`, {
      data: { formId: MONTHLY_APPLICATION_FORM_ID, formVersion: 2, data: exampleMonthlyApplication(period) },
    });
    expect(submitted.status()).toBe(201);
    const { caseNumber } = (await submitted.json()) as { caseNumber: string };
    await page.reload();

    await openApplication(page, 'Ny ansökan');
    await step(page, 'Ny ansökan');
    expect(await page.getByRole('main').innerText()).toContain(`din ansökan för ${formatMonth(period, 'sv')}`);
    await expectAccessible(page);
    await screenshot(page, 'ansokan-borja-fran-forra-manaden');
    await page.getByRole('button', { name: 'Börja från förra månaden' }).click();

    await step(page, 'Vi har fyllt i svar från din förra ansökan');
    const main = page.getByRole('main');
    expect(await main.innerText()).toContain(`(ärende ${caseNumber})`);
    const copiedStep = (title: string) =>
      page.getByRole('listitem').filter({ has: page.getByText(title, { exact: true }) });
    const questions = async (title: string) => copiedStep(title).getByRole('listitem').allInnerTexts();
    expect(await questions('Om dig')).toEqual(expect.arrayContaining(['Civilstånd', 'Telefonnummer']));
    expect(await questions('Barn och andra i hushållet')).toContain('Barn');
    expect(await questions('Ditt boende')).toContain('Hur bor du?');
    const copied = await main.innerText();
    // What belongs to one month only is not copied.
    expect(copied).not.toContain('Vilken månad söker du för?');
    expect(copied).not.toContain('Intyga och skicka');
    await expectAccessible(page);
    await screenshot(page, 'ansokan-kopierade-svar');

    await page.getByRole('link', { name: 'Börja kontrollera svaren' }).click();
    await step(page, 'Vilken månad söker du för?');
    expect(await page.getByLabel('Månad', { exact: true }).inputValue()).toBe('');
    await page.getByLabel('Månad', { exact: true }).fill(period);
    await next(page);
    await step(page, 'Har något ändrats?');
    await answer(page, 'Har något ändrats sedan din förra ansökan?', 'Nej');
    await answer(page, 'Har du betalat de kostnader som du fick bistånd till förra månaden?', 'Ja');
    await next(page);
    await step(page, 'Om dig');
    await page.getByText(`Svaren på den här sidan kommer från din ansökan för ${formatMonth(period, 'sv')}.`).waitFor();
    expect(
      await page
        .getByRole('group', { name: 'Civilstånd', exact: true })
        .getByRole('radio', { name: 'Sambo' })
        .isChecked(),
    ).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'ansokan-kopierat-steg');

    // "Börja om" discards the draft, after a confirmation; the choice to start from last month is back.
    await page.goto(`${server.baseUrl}/`);
    await openApplication(page, 'Fortsätt med din ansökan');
    await step(page, 'Du har en påbörjad ansökan');
    await page.getByRole('button', { name: 'Börja om' }).click();
    await page.getByRole('heading', { level: 2, name: 'Vill du börja om?' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ja, ta bort och börja om' }).click();
    await step(page, 'Ny ansökan');
    const draft = await page.request.get(
      `${server.baseUrl}/api/applicant/drafts/current?formId=${MONTHLY_APPLICATION_FORM_ID}`,
    );
    expect(draft.status()).toBe(404);
    await page.context().close();
  });
});
