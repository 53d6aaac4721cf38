import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '@ebistans/schema';
import { devOutboxCode } from '../support/api.js';
import { expectAccessible, heading, screenshot, staffBrowser } from '../support/caseworker.js';
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

// A person the demo data does not have: born 1985-03-04.
const nine = '850304123';
const person = {
  personnummer: `19${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`,
  givenName: 'Nils',
  familyName: 'Nyberg',
  mobile: '0709998877',
};

async function enterPassword(page: Page, password: string) {
  await page.goto(`${server.baseUrl}/logga-in`);
  await heading(page, 'Logga in');
  await page.getByRole('textbox', { name: 'Personnummer' }).fill(person.personnummer);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
}

describe('Hantera sökande', () => {
  it('creates an account the applicant logs in with, and deactivates it so that login is refused', async () => {
    const caseworker = await staffBrowser(browser, server.baseUrl);
    const desk = await caseworker.newPage();
    await desk.goto(`${server.baseUrl}/handlaggare/`);
    await desk.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Hantera sökande' }).click();
    await heading(desk, 'Hantera sökande');
    await desk.getByText(/sökande hittades/).waitFor();
    await expectAccessible(desk);

    await desk.getByRole('link', { name: 'Skapa konto för en sökande' }).click();
    await heading(desk, 'Skapa konto för en sökande');
    await desk.getByRole('button', { name: 'Skapa konto' }).click();
    const summary = desk.getByRole('alert').filter({ hasText: 'Det finns fel som du behöver rätta' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Fyll i det här fältet.');
    await expectAccessible(desk);

    await desk.getByRole('textbox', { name: /^Personnummer eller samordningsnummer/ }).fill(person.personnummer);
    await desk.getByRole('textbox', { name: /^Förnamn/ }).fill(person.givenName);
    await desk.getByRole('textbox', { name: /^Efternamn/ }).fill(person.familyName);
    await desk.getByRole('textbox', { name: /^Mobilnummer/ }).fill(person.mobile);
    await desk.getByRole('button', { name: 'Skapa konto' }).click();
    await desk.getByRole('heading', { name: 'Kontot är skapat' }).waitFor();
    await desk.getByText('Lösenordet visas bara nu.').waitFor();
    await screenshot(desk, 'sokande-konto-skapat');
    const password = (await desk.locator('.notice code').textContent())!;
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await expectAccessible(desk);

    // The applicant logs in on their phone with the password and the code sent by SMS.
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'sv-SE' });
    const applicant = await phone.newPage();
    await enterPassword(applicant, password);
    await heading(applicant, 'Ange engångskoden');
    await applicant
      .getByRole('textbox', { name: 'Engångskod' })
      .fill(await devOutboxCode(server.baseUrl, person.mobile));
    await applicant.getByRole('button', { name: 'Logga in' }).click();
    await heading(applicant, 'Mina sidor');
    await applicant.getByText('Hej Nils Nyberg!').waitFor();

    // The caseworker deactivates the account, after confirming.
    await desk.getByRole('link', { name: 'Gå till den sökandes sida' }).click();
    await heading(desk, 'Nils Nyberg');
    await desk.getByText('Aktivt').waitFor();
    await expectAccessible(desk);
    await screenshot(desk, 'sokande-sida');
    await desk.getByRole('button', { name: 'Stäng av kontot' }).click();
    await desk.getByRole('button', { name: 'Ja, stäng av kontot' }).click();
    await desk.getByText('Kontot är avstängt.').waitFor();
    await desk.getByText(/^Avstängt sedan/).waitFor();
    await expectAccessible(desk);

    // The open session has ended, and a new login is refused in plain Swedish.
    const me = await applicant.request.get(`${server.baseUrl}/api/auth/me`);
    expect(me.status()).toBe(401);
    const again = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'sv-SE' });
    const retry = await again.newPage();
    await enterPassword(retry, password);
    await retry
      .getByText(
        'Ditt konto i e-tjänsten är avstängt, så du kan inte logga in. Kontakta socialtjänsten i din kommun om du behöver hjälp.',
      )
      .waitFor();
    await expectAccessible(retry);

    await again.close();
    await phone.close();
    await caseworker.close();
  });
});
