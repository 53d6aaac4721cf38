import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleMonthlyApplication, nextPeriod } from '@ebistans/schema';
import { demo, devOutboxCode } from '../support/api.js';
import {
  desktop,
  expectAccessible,
  heading,
  screenshot,
  staffBrowser,
  submitApplication,
  tab,
} from '../support/caseworker.js';
import type { RunningServer } from '../support/server.js';
import { addStaff, startEnvironment, type E2eEnvironment } from '../support/environment.js';

let server: RunningServer;
let browser: Browser;
let environment: E2eEnvironment;
const restricted = { username: 'rut', password: demo.caseworker.password, mobile: '0700000042', name: 'Rut Begränsad' };

beforeAll(async () => {
  environment = await startEnvironment();
  ({ server, browser } = environment);
  // A restricted caseworker of the demo municipality, with the demo caseworker's password.
  await addStaff(environment.databaseUrl, { ...restricted, restricted: true });
});

afterAll(async () => {
  await environment?.stop();
});

async function openCaseTab(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Ärendets delar' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

describe('a caseworker takes a case from Obehandlade', () => {
  let first = { id: '', caseNumber: '' };

  it('logs in, finds the case by personnummer, takes it, starts handling it and sees both in the history', async () => {
    first = await submitApplication(server.baseUrl, exampleMonthlyApplication(nextPeriod()));
    const context = await browser.newContext({ viewport: desktop, locale: 'sv-SE' });
    const page = await context.newPage();

    // A link to the case opens it after logging in.
    await page.goto(`${server.baseUrl}/handlaggare/`);
    await heading(page, 'Logga in som handläggare');
    await screenshot(page, 'inloggning');
    await page.getByRole('textbox', { name: 'Användarnamn' }).fill(demo.caseworker.username);
    await page.getByLabel('Lösenord').fill(demo.caseworker.password);
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await heading(page, 'Ange engångskoden');
    await page
      .getByRole('textbox', { name: 'Engångskod' })
      .fill(await devOutboxCode(server.baseUrl, demo.caseworker.mobile));
    await page.getByRole('button', { name: 'Logga in' }).click();

    // Obehandlade: the new case, with the counts of every tab.
    await heading(page, 'Inkorg');
    await tab(page, /^Obehandlade \(1\)$/).waitFor();
    for (const name of [/^Förfallna \(0\)$/, /^Mina \(0\)$/, /^Flaggade \(0\)$/, /^Pågående \(0\)$/, /^Alla \(1\)$/]) {
      await tab(page, name).waitFor();
    }
    const table = page.getByRole('table', { name: 'Obehandlade ärenden' });
    await table.getByRole('row').filter({ hasText: first.caseNumber }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'inkorg-obehandlade');

    // Search by personnummer; then sort by case number, told by aria-sort.
    await page.getByRole('searchbox', { name: 'Sök ärende' }).fill(demo.applicant.personnummer);
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await expect.poll(() => page.url()).toContain('sok=');
    await table.getByRole('row').filter({ hasText: first.caseNumber }).waitFor();
    await page.getByRole('searchbox', { name: 'Sök ärende' }).fill('ingen-sadan-person');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByText('Det finns inga ärenden här.').waitFor();
    await page.getByRole('button', { name: 'Rensa sökning och filter' }).click();
    const caseNumberHeader = table.getByRole('columnheader', { name: /Ärendenummer/ });
    await caseNumberHeader.getByRole('button').click();
    await expect.poll(() => caseNumberHeader.getAttribute('aria-sort')).toBe('ascending');
    await caseNumberHeader.getByRole('button').click();
    await expect.poll(() => caseNumberHeader.getAttribute('aria-sort')).toBe('descending');
    await expectAccessible(page);

    // The case: header, then "Ta ärende" and a status change.
    await table.getByRole('link', { name: first.caseNumber }).click();
    await heading(page, `Ärende ${first.caseNumber}`);
    const main = page.getByRole('main');
    await expect.poll(() => main.innerText()).toContain('Tolvan Tolvansson');
    await expectAccessible(page);
    await screenshot(page, 'arende-ansokan');
    await page.getByText('Visa åtgärder', { exact: true }).click();
    await page.getByRole('button', { name: 'Ta ärende' }).click();
    await page.getByRole('button', { name: 'Ta bort mig från ärendet' }).waitFor();
    await expect.poll(() => main.innerText()).toContain('Hanna Handläggare');
    const status = page.getByRole('combobox', { name: 'Ny status' });
    // Only the allowed transitions are offered; a decision is made under Beslut, not here.
    expect(await status.locator('option').allInnerTexts()).toEqual(['Välj status', 'Under handläggning', 'Återtagen']);
    await status.selectOption({ label: 'Under handläggning' });
    await page.getByRole('textbox', { name: /Kommentar/ }).fill('Påbörjar utredningen.');
    await page.getByRole('button', { name: 'Ändra status' }).click();
    await page.getByRole('status').filter({ hasText: 'Statusen är nu Under handläggning.' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'arende-hantera');

    // Flag, colour label and the case system's number; the PDF is a download link.
    await page.getByRole('button', { name: 'Flagga ärendet' }).click();
    await page.getByRole('button', { name: 'Ta bort flaggan' }).waitFor();
    await page.getByRole('combobox', { name: 'Färgmarkering' }).selectOption({ label: 'Grön' });
    await expect.poll(() => main.innerText()).toContain('Grön');
    await page.getByRole('textbox', { name: 'Ärendenummer i verksamhetssystemet' }).fill('VIVA-2026-77');
    await page.getByRole('button', { name: 'Spara ärendenumret' }).click();
    await expect.poll(() => page.locator('dl').first().innerText()).toContain('VIVA-2026-77');
    expect(await page.getByRole('link', { name: 'Ladda ner ansökan som PDF' }).getAttribute('href')).toBe(
      `/api/staff/cases/${first.id}/pdf`,
    );
    await expectAccessible(page);
    await page.getByText('Visa åtgärder', { exact: true }).click();

    // The history shows both, with who and when.
    await openCaseTab(page, 'Ärendehistorik');
    await expect.poll(() => main.innerText()).toContain('Status ändrad till Under handläggning');
    const text = await main.innerText();
    expect(text).toContain('Hanna Handläggare blev handläggare');
    expect(text).toContain('Kommentar: Påbörjar utredningen.');
    expect(text).toContain('Hanna Handläggare (handläggare)');
    await expectAccessible(page);
    await screenshot(page, 'arende-historik', page.getByRole('navigation', { name: 'Ärendets delar' }));

    // An internal note and a message.
    await openCaseTab(page, 'Interna anteckningar');
    await page.getByRole('textbox', { name: 'Ny anteckning' }).fill('Ring den sökande om hyran.');
    await page.getByRole('button', { name: 'Spara anteckningen' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Ring den sökande om hyran.' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'arende-interna-anteckningar', page.getByRole('navigation', { name: 'Ärendets delar' }));
    await openCaseTab(page, 'Meddelanden');
    await page.getByRole('button', { name: 'Skicka meddelandet' }).click();
    await page.getByText('Skriv något innan du sparar.').waitFor();
    await page
      .getByRole('textbox', { name: 'Meddelande till den sökande' })
      .fill('Hej! Vi har börjat titta på din ansökan.');
    await page.getByRole('button', { name: 'Skicka meddelandet' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Vi har börjat titta på din ansökan.' }).waitFor();
    expect(await main.innerText()).toContain('Inte läst ännu');
    await expectAccessible(page);
    await screenshot(page, 'arende-meddelanden', page.getByRole('navigation', { name: 'Ärendets delar' }));

    // Back in the inbox the case has moved from Obehandlade to Mina.
    await page.getByRole('link', { name: 'Tillbaka till inkorgen' }).click();
    await heading(page, 'Inkorg');
    await tab(page, /^Obehandlade \(0\)$/).waitFor();
    await tab(page, /^Mina \(1\)$/).click();
    const mine = page
      .getByRole('table', { name: 'Mina ärenden' })
      .getByRole('row')
      .filter({ hasText: first.caseNumber });
    await mine.waitFor();
    expect(await mine.innerText()).toMatch(/Flaggad[\s\S]*Grön/);
    await tab(page, /^Flaggade \(1\)$/).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'inkorg-mina');

    // The audit log shows the take, filtered by the case.
    await page.getByRole('link', { name: 'Logg över vem som gjort vad' }).click();
    await heading(page, 'Logg');
    await page.getByRole('textbox', { name: 'Ärendenummer' }).fill(first.caseNumber);
    await page.getByRole('button', { name: 'Visa' }).click();
    await expect.poll(() => page.url()).toContain('arende=');
    const log = page.getByRole('table', { name: 'Händelser i loggen, nyaste först' });
    await log.getByRole('row').filter({ hasText: 'Tog ärendet' }).waitFor();
    expect(await log.innerText()).not.toContain('Läste loggen');
    await expectAccessible(page);
    await screenshot(page, 'logg', log);
    await context.close();
  });

  it('saves the list settings through the API and shows the chosen columns', async () => {
    const context = await staffBrowser(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/handlaggare/?flik=alla`);
    await heading(page, 'Inkorg');
    await page.getByText('Anpassa listan').click();
    await page.getByRole('checkbox', { name: 'Handläggare' }).check();
    await page.getByRole('checkbox', { name: 'Period' }).uncheck();
    await page.getByRole('radio', { name: 'Användarnamn' }).check();
    await expectAccessible(page);
    await screenshot(page, 'inkorg-anpassa-listan');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.getByRole('status').filter({ hasText: 'Dina inställningar är sparade.' }).waitFor();
    await page.reload();
    const table = page.getByRole('table', { name: 'Alla ärenden' });
    await table.getByRole('columnheader', { name: /Handläggare/ }).waitFor();
    expect(await table.getByRole('columnheader', { name: /Period/ }).count()).toBe(0);
    expect(await table.getByRole('row').filter({ hasText: first.caseNumber }).innerText()).toContain(
      demo.caseworker.username,
    );
    await context.close();
  });

  it('shows a restricted caseworker only the cases assigned to them', async () => {
    const second = await submitApplication(
      server.baseUrl,
      exampleMonthlyApplication(nextPeriod(new Date(Date.now() - 31 * 24 * 60 * 60 * 1000))),
    );
    const rutContext = await staffBrowser(browser, server.baseUrl, restricted);
    const rut = await rutContext.newPage();
    await rut.goto(`${server.baseUrl}/handlaggare/?flik=alla`);
    await heading(rut, 'Inkorg');
    await tab(rut, /^Alla \(0\)$/).waitFor();
    await rut.getByText('Det finns inga ärenden här.').waitFor();
    await rut.goto(`${server.baseUrl}/handlaggare/arenden/${second.id}`);
    await rut.getByRole('alert').waitFor();
    await expectAccessible(rut);

    // The demo caseworker assigns the second case to Rut by searching for her name.
    const context = await staffBrowser(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/handlaggare/arenden/${second.id}`);
    await heading(page, `Ärende ${second.caseNumber}`);
    await page.getByText('Visa åtgärder', { exact: true }).click();
    await page.getByRole('searchbox', { name: /Sök kollega/ }).fill('Rut');
    await page.getByRole('button', { name: `Lägg till ${restricted.name}` }).click();
    await page.getByRole('status').filter({ hasText: 'Handläggarna är ändrade.' }).waitFor();
    await context.close();

    // Its due time passes: the list marks it and counts it under Förfallna.
    const client = new pg.Client({ connectionString: environment.databaseUrl });
    await client.connect();
    await client.query(`UPDATE cases SET due_at = now() - interval '1 day' WHERE id = $1`, [second.id]);
    await client.end();

    await rut.goto(`${server.baseUrl}/handlaggare/?flik=alla`);
    await tab(rut, /^Alla \(1\)$/).waitFor();
    await tab(rut, /^Förfallna \(1\)$/).waitFor();
    const table = rut.getByRole('table', { name: 'Alla ärenden' });
    await table.getByRole('row').filter({ hasText: second.caseNumber }).waitFor();
    expect(await table.innerText()).not.toContain(first.caseNumber);
    await expectAccessible(rut);
    expect(await table.getByRole('row').filter({ hasText: second.caseNumber }).innerText()).toContain('Förfallen');
    await screenshot(rut, 'inkorg-begransad-handlaggare');

    // The audit log is not for restricted caseworkers: a plain message instead.
    await rut.getByRole('link', { name: 'Logg över vem som gjort vad' }).click();
    await heading(rut, 'Logg');
    await rut.getByText('Du har inte behörighet att se loggen.', { exact: false }).waitFor();
    await expectAccessible(rut);
    await rutContext.close();
  });
});
