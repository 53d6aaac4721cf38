import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleMonthlyApplication, nextPeriod, shiftMonth, type FormData } from '@ebistans/schema';
import { expectAccessible, heading, screenshot, staffBrowser, submitApplication } from '../support/caseworker.js';
import type { RunningServer } from '../support/server.js';
import { startEnvironment, type E2eEnvironment } from '../support/environment.js';

let server: RunningServer;
let browser: Browser;
let environment: E2eEnvironment;

beforeAll(async () => {
  environment = await startEnvironment();
  ({ server, browser } = environment);
});

afterAll(async () => {
  await environment?.stop();
});

/**
 * Next month's application beside this month's: the rent went up, internet is a new cost and the
 * housing allowance is gone.
 */
function laterApplication(period: string): FormData {
  const data = exampleMonthlyApplication(period);
  const incomes = data.incomes as { type: string }[];
  const costs = data.costs as { type: string; amount: number }[];
  return {
    ...data,
    rent: 7600,
    incomes: incomes.filter((income) => income.type !== 'housing_allowance'),
    costs: [...costs, { type: 'internet', amount: 299 }],
  };
}

async function openCaseTab(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Ärendets delar' }).getByRole('link', { name }).click();
  const tabHeading = page.getByRole('heading', { level: 2, name });
  await tabHeading.waitFor();
  return tabHeading;
}

/** Amounts are written with a non-breaking space ("7 400 kr"); read as plain spaces, as the eye does. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const textOf = async (locator: Locator) => plain(await locator.innerText());

/** The cells of the comparison's row that starts with `label`: question, before, after, change. */
async function changeRow(page: Page, label: string | RegExp) {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) });
  await row.waitFor();
  return (await row.locator('th, td').allInnerTexts()).map(plain);
}

describe('what changed since last month, and changing the answers', () => {
  it('shows the changes from the previous application, then corrects the rent with a reason', async () => {
    const later = nextPeriod();
    const earlier = await submitApplication(server.baseUrl, exampleMonthlyApplication(shiftMonth(later, -1)));
    const latest = await submitApplication(server.baseUrl, laterApplication(later));

    const context = await staffBrowser(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/handlaggare/arenden/${latest.id}`);
    await heading(page, `Ärende ${latest.caseNumber}`);
    const main = page.getByRole('main');

    // Förändringar: the rent changed, internet is new, the housing allowance is gone, each said in words.
    const changesHeading = await openCaseTab(page, 'Förändringar sedan förra månaden');
    await page.getByText(`Jämfört med ärende ${earlier.caseNumber} för `).waitFor();
    expect(await changeRow(page, 'Hyra eller boendekostnad per månad')).toEqual([
      'Hyra eller boendekostnad per månad',
      '7 400 kr',
      '7 600 kr',
      'Ändrad',
    ]);
    expect(await changeRow(page, /^Kostnad \d+ – Internet$/)).toEqual([expect.stringMatching(/Internet$/), 'Ny']);
    expect(await changeRow(page, /^Inkomst \d+ – Bostadsbidrag/)).toEqual([
      expect.stringMatching(/Bostadsbidrag/),
      'Borttagen',
    ]);
    // Unchanged answers are left out until asked for.
    expect(await textOf(main)).not.toContain('Kommunala Bostäder AB');
    await page.getByRole('checkbox', { name: 'Visa även oförändrade uppgifter' }).check();
    await expect.poll(() => textOf(main)).toContain('Kommunala Bostäder AB');
    await page.getByRole('checkbox', { name: 'Visa även oförändrade uppgifter' }).uncheck();
    await expectAccessible(page);
    await screenshot(page, 'arende-forandringar', changesHeading);

    // Ändra uppgifter: saving without a reason is refused, in words, before anything is sent.
    await openCaseTab(page, 'Ansökan');
    await page.getByRole('button', { name: 'Ändra uppgifter' }).click();
    const editorHeading = page.getByRole('heading', { level: 3, name: 'Ändra uppgifter' });
    await editorHeading.waitFor();
    await expectAccessible(page);
    await screenshot(page, 'arende-andra-uppgifter', editorHeading);
    const rent = page.getByRole('textbox', { name: /^Hyra eller boendekostnad per månad/ });
    expect(await rent.inputValue()).toBe('7600');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    const errors = page.getByRole('alert').filter({ hasText: 'Det finns fel som du behöver rätta' });
    await errors.getByRole('link', { name: 'Skäl till ändringen Skriv varför uppgifterna ändras.' }).waitFor();
    const reason = page.getByRole('textbox', { name: /^Skäl till ändringen/ });
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await rent.fill('7650');
    await reason.fill('Hyran enligt hyresavin för december.');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();

    // Saved: the answers now, who changed what and why, and the applicant's own answers on request.
    await page.getByRole('status').filter({ hasText: 'Ändringarna är sparade.' }).waitFor();
    const notice = page.getByRole('region', { name: 'Ändrad av handläggare' });
    await notice.waitFor();
    const noticeText = await textOf(notice);
    expect(noticeText).toContain('Hanna Handläggare');
    expect(noticeText).toContain('Skäl: Hyran enligt hyresavin för december.');
    expect(noticeText).toContain('Hyra eller boendekostnad per månad: ändrat från ”7 600 kr” till ”7 650 kr”');
    await expect.poll(() => textOf(main)).toContain('7 650 kr');
    const original = notice.locator('details');
    await notice.getByText('Visa ursprungliga uppgifter', { exact: true }).click();
    await expect.poll(() => textOf(original)).toContain('7 600 kr');
    expect(await textOf(original)).not.toContain('7 650 kr');
    await expectAccessible(page);
    await screenshot(page, 'arende-andrad-av-handlaggare', notice);

    // The comparison follows the corrected answers.
    await openCaseTab(page, 'Förändringar sedan förra månaden');
    await expect
      .poll(() => changeRow(page, 'Hyra eller boendekostnad per månad'))
      .toEqual(['Hyra eller boendekostnad per månad', '7 400 kr', '7 650 kr', 'Ändrad']);

    // The history has the edit, by whom, with the reason.
    await openCaseTab(page, 'Ärendehistorik');
    const edit = page.getByRole('listitem').filter({ hasText: 'Uppgifterna i ansökan ändrades' });
    await edit.waitFor();
    const editText = await textOf(edit);
    expect(editText).toContain('Hanna Handläggare (handläggare)');
    expect(editText).toContain('Kommentar: Hyran enligt hyresavin för december.');
    await expectAccessible(page);
    await context.close();
  });
});
