import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextPeriod } from '@ebistans/schema';
import type { RunningServer } from '../support/server.js';
import {
  approveInBankIdApp,
  expectFitsNarrowScreen,
  expectSaved,
  fillFirstSteps,
  fillHousehold,
  fillRemainingSteps,
  logInWithBankId,
  screenshot,
} from './application-journey.js';
import { expectAccessible, step } from '../support/form.js';
import { samplePdf, sampleJpeg, samplePng } from '@ebistans/testing';
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

/** The text of a PDF as one line, as the API's tests read it. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

const rentNotice = 'Hyresavi för den månad du söker för';
const bankStatements = 'Du: Kontoutdrag för alla konton från förra månaden fram till i dag';
const salarySlip = 'Din medsökande: Den senaste lönespecifikationen';
const rentPaid = 'Kvitto på att förra månadens hyra är betald';

describe('a whole monthly application on a phone, signed with BankID', () => {
  it('goes from BankID login through every step and the receipts to a signed case, its receipt page and PDF', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'sv-SE' });
    const page = await context.newPage();
    const submissions: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/applicant/applications')) {
        submissions.push(request.headers()['idempotency-key'] ?? '');
      }
    });

    await logInWithBankId(page, server.baseUrl);
    await page.getByRole('link', { name: 'Ny ansökan' }).click();
    // No draft and no earlier case: the application starts at its first step.
    await fillFirstSteps(page, period);
    await fillHousehold(page);
    await fillRemainingSteps(page, period);

    // The receipts step: what the answers call for, each with why and its status.
    await step(page, 'Underlag', 'Steg 14 av 15');
    await expectSaved(page);
    const receipt = (label: string) =>
      page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: label, exact: true }) });
    await receipt(rentNotice).waitFor();
    expect(await receipt(rentNotice).innerText()).toContain('Saknas');
    expect(await receipt(rentNotice).innerText()).toContain('Du söker för boendekostnaden.');
    await expectAccessible(page);
    await screenshot(page, 'ansokan-underlag-tom');

    // The file pickers work from the keyboard: the hidden input takes focus and its label shows the focus ring.
    await page.getByLabel(`Ta foto för ${rentNotice}`).focus();
    await page.keyboard.press('Shift+Tab');
    const picker = page.getByLabel(`Välj filer för ${rentNotice}`);
    expect(await picker.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await picker.evaluate((input) => getComputedStyle(input.nextElementSibling!).boxShadow)).not.toBe('none');

    // A PDF from the file picker, a photo from the camera, a PNG that belongs to no receipt.
    await page
      .getByLabel(`Välj filer för ${rentNotice}`)
      .setInputFiles({ name: 'hyresavi.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
    await page
      .getByLabel(`Ta foto för ${bankStatements}`)
      .setInputFiles({ name: 'kontoutdrag.jpg', mimeType: 'image/jpeg', buffer: sampleJpeg() });
    await page
      .getByLabel('Välj filer för Övriga bifogade filer')
      .setInputFiles({ name: 'intyg.png', mimeType: 'image/png', buffer: samplePng() });
    await receipt(rentNotice).getByRole('button', { name: 'Ta bort hyresavi.pdf' }).waitFor();
    await receipt(bankStatements).getByRole('button', { name: 'Ta bort kontoutdrag.jpg' }).waitFor();
    await page
      .getByRole('list', { name: 'Övriga bifogade filer' })
      .getByRole('button', { name: 'Ta bort intyg.png' })
      .waitFor();
    await expect.poll(() => receipt(rentNotice).innerText()).toContain('Bifogad');
    // The photo's thumbnail is read from the draft and shown.
    const thumbnail = receipt(bankStatements).locator('img');
    await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'är uppladdad' }).count()).toBeGreaterThan(0);

    // A receipt to send later.
    await receipt(salarySlip)
      .getByRole('checkbox', { name: `Jag skickar detta senare – ${salarySlip}` })
      .check();
    await expect.poll(() => receipt(salarySlip).innerText()).toContain('Skickas senare');
    await expectAccessible(page);
    await expectFitsNarrowScreen(page);
    await screenshot(page, 'ansokan-underlag-bifogade');
    await page.getByRole('button', { name: 'Nästa', exact: true }).click();

    // The review: every answer, the receipts, a non-binding estimate, then signing with BankID.
    await step(page, 'Granska och skicka', 'Steg 15 av 15');
    const main = page.getByRole('main');
    await expect.poll(() => main.innerText()).toContain('Preliminär beräkning – inget beslut');
    const estimate = page.getByRole('region', { name: 'Preliminär beräkning – inget beslut' });
    expect(await estimate.innerText()).toMatch(/Riksnorm, två vuxna/);
    expect(await estimate.innerText()).toMatch(/Hyra\s+7\s400 kr/);
    const receipts = page.getByRole('region', { name: 'Underlag' });
    expect(await receipts.innerText()).toContain('Bifogad: hyresavi.pdf');
    expect(await receipts.innerText()).toContain('intyg.png');
    await expectAccessible(page);
    await expectFitsNarrowScreen(page);
    await screenshot(page, 'ansokan-granska');
    await screenshot(estimate, 'ansokan-preliminar-berakning');
    await screenshot(receipts, 'ansokan-granska-underlag');

    // A double click starts one signing, and the application is sent once, after it.
    await page.getByRole('button', { name: 'Skriv under och skicka' }).dblclick();
    await page.getByRole('button', { name: 'Skriv under med Mobilt BankID på en annan enhet' }).click();
    await page.getByRole('img', { name: /QR-kod för BankID/ }).waitFor();
    // The double click selected a word; the picture for the guide should not show that.
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    await expectAccessible(page);
    await screenshot(page.getByRole('region', { name: 'Skicka ansökan' }), 'ansokan-skriv-under-bankid');
    await approveInBankIdApp(server.baseUrl, 'sign');

    // The receipt page (kvittens).
    await page.getByRole('heading', { level: 1, name: 'Din ansökan är skickad' }).waitFor();
    await main.getByText(/^\d{4}-\d{6}$/).waitFor();
    const caseNumber = /\d{4}-\d{6}/.exec(await main.innerText())?.[0] ?? '';
    expect(caseNumber).toMatch(new RegExp(`^${new Date().getFullYear()}-\\d{6}$`));
    expect(submissions).toHaveLength(1);
    expect(submissions[0]).toMatch(/^[0-9a-f]{32}$/);
    const caseReceipts = page.getByRole('region', { name: 'Underlag' });
    await expect.poll(() => caseReceipts.innerText()).toContain(salarySlip);
    const kvittens = await caseReceipts.innerText();
    expect(kvittens).toMatch(new RegExp(`Underlag som du skickar senare\\s+${salarySlip}`));
    expect(kvittens).toContain('Underlag som saknas');
    expect(kvittens).toContain(rentPaid);
    expect(kvittens).not.toContain(rentNotice);
    expect(kvittens).toContain('Du skickade med 3 filer.');
    expect(await main.innerText()).toContain('Vad händer nu?');
    // The municipality's own handling time (the demo municipality has the default 10 working days).
    await main.getByText('Du får oftast ett beslut inom 10 arbetsdagar').waitFor();
    await expectAccessible(page);
    await expectFitsNarrowScreen(page);
    await screenshot(page, 'ansokan-kvittens');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner din ansökan (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`ansokan-${caseNumber}.pdf`);
    const text = await pdfText(readFileSync(await download.path()));
    expect(text).toContain(caseNumber);
    expect(text).toContain('Alva Tolvansson');
    expect(text).toContain('Bifogad');
    await context.close();
  });
});
