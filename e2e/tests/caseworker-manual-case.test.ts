import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextPeriod } from '@ebistans/schema';
import { samplePdf } from '@ebistans/testing';
import { demo } from '../support/api.js';
import { expectAccessible, heading, screenshot, staffBrowser } from '../support/caseworker.js';
import type { RunningServer } from '../support/server.js';
import { startEnvironment, type E2eEnvironment } from '../support/environment.js';
import { answer, next, step } from '../support/form.js';

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

/** A single person's application as read from the paper: few questions, each answered as on the web. */
async function fillSinglePersonApplication(page: Page) {
  await step(page, 'Vilken månad söker du för?', 'Steg 1 av 13');
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
  await next(page);

  await step(page, 'Barn och andra i hushållet');
  await answer(page, 'Har du eller din medsökande barn under 21 år?', 'Nej');
  await answer(page, 'Bor någon annan i bostaden?', 'Nej');
  await next(page);

  await step(page, 'Ditt boende');
  await answer(page, 'Hur bor du?', 'Hyresrätt med eget kontrakt');
  await answer(page, 'Vem står på kontraktet eller äger bostaden?', 'Jag');
  await page.getByRole('textbox', { name: 'Hyra eller boendekostnad per månad' }).fill('6200');
  await answer(page, 'Hyr du ut en del av bostaden?', 'Nej');
  await next(page);

  await step(page, 'Inkomster');
  await answer(
    page,
    'Får du eller någon i ditt hushåll pengar den här månaden eller fick ni pengar förra månaden?',
    'Nej',
  );
  await answer(page, 'Har du eller din medsökande sökt någon ersättning som ni väntar på beslut om?', 'Nej');
  await next(page);

  await step(page, 'Tillgångar');
  await answer(page, 'Har du, din medsökande eller era barn pengar på banken eller något annat av värde?', 'Nej');
  await next(page);

  await step(page, 'Arbete och sysselsättning');
  const you = page.getByRole('group', { name: 'Du', exact: true });
  await you.getByRole('checkbox', { name: 'Söker arbete' }).check();
  await answer(you, 'Är personen inskriven hos Arbetsförmedlingen?', 'Ja');
  await you.getByRole('textbox', { name: 'Hur många jobb har personen sökt den senaste månaden?' }).fill('8');
  await answer(you, 'Har personen planerade aktiviteter?', 'Nej');
  await next(page);

  await step(page, 'Vistelse i kommunen');
  await answer(page, 'Kommer du att vara i kommunen hela månaden?', 'Ja');
  await next(page);

  await step(page, 'Kostnader du söker för');
  await answer(page, 'Söker du bistånd till andra kostnader än hyran?', 'Nej');
  await next(page);

  await step(page, 'Utbetalning');
  await answer(page, 'Hur vill du få pengarna?', 'Till samma konto som förra gången');
  await next(page);

  await step(page, 'Intyga och skicka');
  await page.getByRole('checkbox', { name: /Jag intygar på heder och samvete/ }).check();
  await next(page);
}

describe('a case that came on paper', () => {
  it('is registered with the same form and the scanned PDF, and opens with channel Papper and the scan under Handlingar', async () => {
    const context = await staffBrowser(browser, server.baseUrl);
    const desk = await context.newPage();
    await desk.goto(`${server.baseUrl}/handlaggare/`);
    await desk.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Registrera ärende' }).click();
    await heading(desk, 'Registrera ärende från papper eller telefon');
    await expectAccessible(desk);

    await desk
      .getByRole('textbox', { name: /^Den sökandes personnummer eller samordningsnummer/ })
      .fill(demo.applicant.personnummer);
    await desk.getByRole('button', { name: 'Sök sökande' }).click();
    await desk.getByRole('heading', { level: 2, name: 'Sökande' }).waitFor();
    await answer(desk, 'Hur kom ansökan in?', 'Papper');
    await expectAccessible(desk);
    await screenshot(desk, 'registrera-arende');
    await desk.getByRole('button', { name: 'Fyll i ansökan' }).click();

    await fillSinglePersonApplication(desk);

    await heading(desk, 'Granska och registrera');
    await desk.getByText('Ansökan kom in via: Papper.').waitFor();
    await expectAccessible(desk);
    await desk
      .getByLabel('Skannade papper (valfritt)')
      .setInputFiles({ name: 'ansokan-papper.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
    await desk.getByRole('button', { name: 'Registrera ärendet' }).click();

    // The new case opens at its documents.
    await heading(desk, /^Ärende \d{4}-\d{6}$/);
    await desk.getByRole('heading', { level: 2, name: 'Handlingar' }).waitFor();
    const row = desk.getByRole('row').filter({ hasText: 'ansokan-papper.pdf' });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'ansokan-papper.pdf (öppnas i ny flik)',
      'Skannad ansökan',
      expect.stringMatching(/\(handläggare\)$/),
      expect.any(String),
      expect.stringMatching(/kB$/),
    ]);
    await desk.getByText('Inkom via').waitFor();
    expect(await desk.locator('.summary-list__row', { hasText: 'Inkom via' }).locator('dd').textContent()).toBe(
      'Papper',
    );
    await expectAccessible(desk);
    await screenshot(desk, 'arende-handlingar', desk.getByRole('heading', { level: 2, name: 'Handlingar' }));

    // The scan opens in the browser's own viewer.
    const href = await row.getByRole('link').getAttribute('href');
    const opened = await context.request.get(`${server.baseUrl}${href}`);
    expect(opened.status()).toBe(200);
    expect(opened.headers()['content-type']).toBe('application/pdf');
    expect(opened.headers()['content-disposition']).toMatch(/^inline;/);

    // In the inbox like any other case.
    const caseNumber = (await desk.getByRole('heading', { level: 1 }).textContent())!.replace('Ärende ', '');
    await desk.goto(`${server.baseUrl}/handlaggare/?flik=alla&sok=${caseNumber}`);
    await desk.getByRole('link', { name: caseNumber }).waitFor();
    await context.close();
  });
});

describe('Prova e-tjänsten', () => {
  it('takes the caseworker to the e-service as their test applicant, under a test mode banner', async () => {
    const context = await staffBrowser(browser, server.baseUrl);
    const desk = await context.newPage();
    await desk.goto(`${server.baseUrl}/handlaggare/`);
    await desk.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Prova e-tjänsten' }).click();
    await heading(desk, 'Prova e-tjänsten');
    await expectAccessible(desk);
    await desk.getByRole('button', { name: 'Starta testläget' }).click();

    await heading(desk, 'Mina sidor');
    expect(new URL(desk.url()).pathname).toBe('/');
    const banner = desk.getByRole('region', { name: 'Testläge' });
    expect(await banner.textContent()).toBe('Testläge – ärenden som skickas in är testärenden');
    await screenshot(desk, 'prova-e-tjansten');
    await expectAccessible(desk);
    await context.close();
  });
});
