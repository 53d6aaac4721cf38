import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';
import { startEnvironment, type E2eEnvironment } from '../support/environment.js';

let server: RunningServer;
let browser: Browser;
let environment: E2eEnvironment;
// Skatteverket's test person, the demo applicant and the simulator's default person.
const demoPersonalNumber = '191212121212';

beforeAll(async () => {
  environment = await startEnvironment();
  ({ server, browser } = environment);
  // A second municipality, so that the login page asks which one; it offers only password login.
  const client = new pg.Client({ connectionString: environment.databaseUrl });
  await client.connect();
  await client.query(
    `insert into municipalities (slug, name, applicant_login_methods) values ('exempelkommun', 'Exempelkommun', '{password_sms}')`,
  );
  await client.end();
});

afterAll(async () => {
  await environment?.stop();
});

/** Polls through BankID's two-second collect interval and the page's reaction to it. */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

async function expectAccessible(page: Page) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'sv-SE' });
  return { context, page: await context.newPage() };
}

/** The BankID simulator's app side, as a phone would use it. */
async function simulator(pathname: string, body: unknown) {
  const response = await fetch(`${server.baseUrl}/bankid-simulator/app/${pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { orderRef: string };
}

/** The orders the simulator's app still waits on. */
async function pendingOrders(): Promise<unknown[]> {
  const response = await fetch(`${server.baseUrl}/bankid-simulator/app/orders`);
  return ((await response.json()) as { items: unknown[] }).items;
}

/** Opens the login page and chooses the demo municipality. */
async function chooseDemoMunicipality(page: Page) {
  await page.goto(`${server.baseUrl}/`);
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await page.getByRole('combobox', { name: 'Kommun' }).selectOption({ label: 'Demo kommun' });
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByText('Du loggar in hos Demo kommun.').waitFor();
}

/** Starts the QR code flow and returns the code the page shows now (what the page fetched last). */
async function startOtherDevice(page: Page): Promise<() => Promise<string>> {
  let latest: Promise<string> | undefined;
  page.on('response', (response) => {
    if (/\/api\/auth\/applicant\/bankid\/[^/]+\/qr$/.test(response.url()) && response.ok()) {
      latest = response.json().then((body: { qrData: string }) => body.qrData);
    }
  });
  await page.getByRole('button', { name: 'Mobilt BankID på en annan enhet' }).click();
  await page.getByRole('img', { name: /^QR-kod för BankID/ }).waitFor();
  await eventually(() => latest !== undefined).toBe(true);
  return () => latest!;
}

describe('logging in with BankID', () => {
  it('lets the applicant choose the municipality, scan the QR code with Mobilt BankID and land on the start page', async () => {
    const { context, page } = await phone();
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await expectAccessible(page);
    // Exempelkommun offers no BankID.
    await page.getByRole('combobox', { name: 'Kommun' }).selectOption({ label: 'Exempelkommun' });
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { name: 'Med lösenord och sms-kod' }).waitFor();
    expect(await page.getByRole('button', { name: /BankID/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Byt kommun' }).click();
    await page.getByRole('combobox', { name: 'Kommun' }).selectOption({ label: 'Demo kommun' });
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { name: 'Med BankID' }).waitFor();
    await expectAccessible(page);

    const shownCode = await startOtherDevice(page);
    await eventually(() => page.getByRole('status').textContent()).toBe('Starta BankID-appen.');
    await expectAccessible(page);
    // The code is animated: a new one every second.
    const first = await shownCode();
    await eventually(shownCode).not.toBe(first);

    // The test is the phone now: it scans the code on the screen and approves as the demo applicant.
    const opened = await simulator('open', { qrData: await shownCode() });
    await eventually(() => page.getByRole('status').textContent()).toBe(
      'Skriv in din säkerhetskod i BankID-appen och välj Identifiera eller Skriv under.',
    );
    expect(await page.getByRole('img', { name: /QR-kod/ }).count()).toBe(0);
    await simulator(`orders/${opened.orderRef}/approve`, { personalNumber: demoPersonalNumber });

    await page.getByRole('heading', { level: 1, name: 'Mina sidor' }).waitFor();
    await page.getByText('Hej Tolvan Tolvansson!').waitFor();
    await page.getByRole('heading', { name: 'Så behandlar vi dina personuppgifter' }).waitFor();
    await page.getByText('Vem som ansvarar').click();
    await page.getByText(/Den nämnd i Demo kommun som ansvarar för socialtjänsten/).waitFor();
    expect(await page.getByText(/Integritetsskyddsmyndigheten \(IMY\)/).isVisible()).toBe(false);
    await page.getByText('Om du vill klaga').click();
    expect(await page.getByText(/Integritetsskyddsmyndigheten \(IMY\)/).isVisible()).toBe(true);
    expect(await page.locator('footer').textContent()).toMatch(/Version \d+\.\d+\.\d+/);
    await expectAccessible(page);

    // The help page, from the footer on every page.
    await page.getByRole('link', { name: 'Hjälp och kontakt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hjälp' }).waitFor();
    await page.getByRole('heading', { name: 'Hur får jag tolk?' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('opens the BankID app on the same device (here the simulator, in a new tab) and logs in when it is approved there', async () => {
    const { context, page } = await phone();
    await chooseDemoMunicipality(page);
    await page.getByRole('button', { name: 'BankID på den här enheten' }).click();
    await eventually(() => page.getByRole('status').textContent()).toBe('Försöker starta BankID-appen.');
    expect(await page.getByRole('img', { name: /QR-kod/ }).count()).toBe(0);
    await expectAccessible(page);

    const [app] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: 'Öppna BankID-appen (öppnas i en ny flik)' }).click(),
    ]);
    // The simulator opens the order with the autostart token from the link, newest last; the person is the
    // demo applicant.
    await app.getByRole('button', { name: 'Godkänn' }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Mina sidor' }).waitFor();
    await context.close();
  });

  it('cancels the order when the applicant cancels, and says so when it is cancelled in the app', async () => {
    const { context, page } = await phone();
    await chooseDemoMunicipality(page);
    const before = (await pendingOrders()).length;
    await startOtherDevice(page);
    expect(await pendingOrders()).toHaveLength(before + 1);
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('button', { name: 'Mobilt BankID på en annan enhet' }).waitFor();
    await eventually(async () => (await pendingOrders()).length).toBe(before);

    // Cancelled on the phone instead: BankID's message, and a way to start again.
    const shownCode = await startOtherDevice(page);
    const opened = await simulator('open', { qrData: await shownCode() });
    await simulator(`orders/${opened.orderRef}/reject`, { hintCode: 'userCancel' });
    await eventually(() => page.getByRole('alert').textContent()).toBe('Åtgärden avbruten.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await page.getByRole('button', { name: 'Mobilt BankID på en annan enhet' }).waitFor();
    await context.close();
  });
});
