import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMonth, nextPeriod } from '@ebistans/schema';
import { answer, expectAccessible, next, step } from '../support/form.js';
import type { RunningServer } from '../support/server.js';
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

/** Rows in the tables where an application, a draft or an uploaded file would be kept. */
async function storedRows(): Promise<Record<string, number>> {
  const client = new pg.Client(environment.databaseUrl);
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of ['cases', 'drafts', 'attachments', 'case_events']) {
      const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
      counts[table] = Number(result.rows[0]?.n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

/** The text of a PDF as one line: wrapped lines and no-break spaces read as single spaces. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('printing an application without logging in', () => {
  it('fills the monthly form in the browser only, downloads a PDF to sign and post, and stores nothing', async () => {
    const before = await storedRows();
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/`);

    // From the login page, without logging in.
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.getByRole('link', { name: 'Fyll i ansökan utan att logga in och skriv ut den' }).click();
    await step(page, 'Fyll i ansökan och skriv ut den');
    await page.getByText('Inget sparas hos kommunen.').first().waitFor();
    // The only municipality is chosen already; starting without one explains what is missing.
    const municipality = page.getByRole('combobox', { name: 'Kommun' });
    expect(await municipality.inputValue()).toBe('demokommun');
    await municipality.selectOption({ label: 'Välj kommun' });
    await page.getByRole('button', { name: 'Börja fylla i' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Det finns fel som du behöver rätta' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Välj ett av alternativen.');
    await expectAccessible(page);
    await municipality.selectOption({ label: 'Demo kommun' });
    await page.getByRole('button', { name: 'Börja fylla i' }).click();

    // The same steps and checks as the logged-in application.
    await step(page, 'Vilken månad söker du för?', 'Steg 1 av 13');
    await page.getByText('Ansökan att skriva ut – inget sparas hos kommunen').waitFor();
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

    await step(page, 'Barn och andra i hushållet', 'Steg 4 av 13');
    await answer(page, 'Har du eller din medsökande barn under 21 år?', 'Nej');
    await answer(page, 'Bor någon annan i bostaden?', 'Nej');
    await next(page);

    await step(page, 'Ditt boende');
    await answer(page, 'Hur bor du?', 'Hyresrätt med eget kontrakt');
    await answer(page, 'Vem står på kontraktet eller äger bostaden?', 'Jag');
    await page.getByRole('textbox', { name: 'Hyra eller boendekostnad per månad' }).fill('5400');
    await answer(page, 'Hyr du ut en del av bostaden?', 'Nej');
    await next(page);

    await step(page, 'Inkomster');
    await answer(
      page,
      'Får du eller någon i ditt hushåll pengar den här månaden eller fick ni pengar förra månaden?',
      'Ja',
    );
    const income = page.getByRole('group', { name: 'Inkomst 1', exact: true });
    await income.getByRole('combobox', { name: 'Vilken sorts inkomst?' }).selectOption({ label: 'Lön' });
    await income.getByRole('textbox', { name: 'Belopp efter skatt' }).fill('6000');
    await income.getByLabel('Datum då pengarna kom').fill(`${period}-05`);
    await income.getByRole('radio', { name: 'Jag', exact: true }).check();
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

    await step(page, 'Intyga och skicka', 'Steg 12 av 13');
    await page.getByRole('checkbox', { name: /Jag intygar på heder och samvete/ }).check();
    await next(page);

    // Review: the answers, the municipality, how to post it, and that nothing is stored.
    await step(page, 'Granska och skriv ut', 'Steg 13 av 13');
    const main = page.getByRole('main');
    await expect.poll(() => main.innerText()).toContain('Demo kommun');
    const review = await main.innerText();
    expect(review).toContain(formatMonth(period, 'sv'));
    expect(review).toMatch(/5\s400 kr/);
    expect(review).toContain('Inget sparas hos kommunen.');
    await expectAccessible(page);

    // The answers are in this tab's sessionStorage, and only there.
    const stored = await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)));
    expect(stored).toContain('5400');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner PDF för utskrift' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ansokan-ekonomiskt-bistand.pdf');
    const text = await pdfText(new Uint8Array(readFileSync(await download.path())));
    expect(text).toContain('Demo kommun');
    expect(text).toContain(formatMonth(period, 'sv'));
    expect(text).toContain('5 400 kr');
    expect(text).toContain('6 000 kr');
    expect(text).toContain('Hushållsel');
    expect(text).toContain('Namnförtydligande');
    expect(text).toContain('skriv under den och skicka den med kopior av dina kvitton');
    expect(text).toContain('Ansökan har inte skickats in och har inte sparats.');
    await page.getByRole('status').filter({ hasText: 'PDF-filen är nedladdad.' }).waitFor();
    await expectAccessible(page);

    // Nothing reached the municipality's tables.
    expect(await storedRows()).toEqual(before);
    expect(before.cases).toBe(0);
    expect(before.drafts).toBe(0);

    // The answers can be removed from the browser too.
    await page.getByRole('button', { name: 'Ta bort mina svar' }).click();
    await step(page, 'Fyll i ansökan och skriv ut den');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await context.close();
  });
});
