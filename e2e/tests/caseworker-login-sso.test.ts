import pg from 'pg';
import type { Browser, BrowserContext } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestOidcProvider } from '@ebistans/testing/oidc-provider';
import { demo } from '../support/api.js';
import {
  desktop,
  expectAccessible,
  heading,
  screenshot,
  staffBrowser,
  submitApplication,
} from '../support/caseworker.js';
import type { RunningServer } from '../support/server.js';
import { addStaff, startEnvironment, type E2eEnvironment } from '../support/environment.js';

let server: RunningServer;
let browser: Browser;
let environment: E2eEnvironment;
let provider: TestOidcProvider;
let submitted = { id: '', caseNumber: '' };
let codeListUserId = '';

const ssoUser = { username: 'sigge', name: 'Sigge Inloggad', subject: 'e2e-sigge', email: 'sigge@demokommun.example' };
const admin = { username: 'adela', password: demo.caseworker.password, mobile: '0700000051', name: 'Adela Admin' };
const codeListUser = {
  username: 'kalle',
  password: demo.caseworker.password,
  mobile: '0700000052',
  name: 'Kalle Kodlista',
};

beforeAll(async () => {
  // The provider runs on plain http on the loopback, which the server refuses unless told it is a test.
  environment = await startEnvironment({ SSO_ALLOW_HTTP: 'true' });
  ({ server, browser } = environment);
  provider = await startOidcProvider(`${server.baseUrl}/api/auth/staff/sso/callback`);
  provider.addUser({ sub: ssoUser.subject, email: ssoUser.email, emailVerified: true });

  const client = new pg.Client({ connectionString: environment.databaseUrl });
  await client.connect();
  await client.query(`UPDATE municipalities SET settings = jsonb_set(settings, '{sso}', $1::jsonb) WHERE slug = $2`, [
    JSON.stringify(provider.settings({ buttonLabel: 'Demo kommuns konto' })),
    demo.municipality,
  ]);
  await client.end();
  await addStaff(environment.databaseUrl, ssoUser);
  await addStaff(environment.databaseUrl, { ...admin, role: 'admin' });
  codeListUserId = await addStaff(environment.databaseUrl, codeListUser);

  const { id, caseNumber } = await submitApplication(server.baseUrl);
  submitted = { id, caseNumber };
});

afterAll(async () => {
  await provider?.close();
  await environment?.stop();
});

/** A fresh, logged-out browser; the provider's dev pages load a web font, which this offline machine cannot. */
async function loggedOut(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: desktop, locale: 'sv-SE' });
  await context.route('https://fonts.googleapis.com/**', (route) => route.abort());
  return context;
}

const caseLink = () => `${server.baseUrl}/handlaggare/arenden/${submitted.id}`;

describe('a case link opens after logging in', () => {
  it("with the municipality's own account (single sign-on)", async () => {
    const context = await loggedOut();
    const page = await context.newPage();
    await page.goto(caseLink());
    await heading(page, 'Logga in som handläggare');
    expect(new URL(page.url()).searchParams.get('till')).toBe(`/arenden/${submitted.id}`);
    const sso = page.getByRole('link', { name: 'Logga in med Demo kommuns konto' });
    await sso.waitFor();
    await expectAccessible(page);
    await screenshot(page, 'inloggning-sso');

    // At the provider: its development login form takes any password for a known subject.
    await sso.click();
    await page.locator('input[name="login"]').fill(ssoUser.subject);
    await page.locator('input[name="password"]').fill('valfritt');
    await page.getByRole('button', { name: 'Sign-in' }).click();

    await heading(page, `Ärende ${submitted.caseNumber}`);
    expect(new URL(page.url()).pathname).toBe(`/handlaggare/arenden/${submitted.id}`);
    await expect.poll(() => page.getByRole('main').innerText()).toContain('Tolvan Tolvansson');
    await expectAccessible(page);
    const me = await context.request.get(`${server.baseUrl}/api/auth/me`);
    expect(await me.json()).toMatchObject({ kind: 'staff', displayName: ssoUser.name });
    await context.close();
  });

  it('with username, password and a code from a printed code list', async () => {
    // An admin prints the list; the codes exist only in the PDF, so the test reads them from it.
    const adminContext = await staffBrowser(browser, server.baseUrl, admin);
    const issued = await adminContext.request.post(`${server.baseUrl}/api/admin/staff/${codeListUserId}/code-list`);
    expect(issued.status()).toBe(201);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await issued.body())), {
      mergePages: true,
    });
    const codes = new Map(
      [...text.replace(/\s+/g, ' ').matchAll(/Kod nummer (\d+) (\d{3}) (\d{3})/g)].map((m) => [m[1], `${m[2]}${m[3]}`]),
    );
    expect(codes.size).toBe(40);
    await adminContext.close();

    const context = await loggedOut();
    const page = await context.newPage();
    await page.goto(caseLink());
    await heading(page, 'Logga in som handläggare');
    await page.getByRole('textbox', { name: 'Användarnamn' }).fill(codeListUser.username);
    await page.getByLabel('Lösenord').fill(codeListUser.password);
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await heading(page, 'Ange kod från din kodlista');
    const field = page.getByRole('textbox', { name: /^Kod nummer \d+$/ });
    await field.waitFor();
    await expectAccessible(page);
    const number = /\d+/.exec(await page.locator(`label[for="${await field.getAttribute('id')}"]`).innerText())?.[0];
    await field.fill(codes.get(number ?? '') ?? '');
    await page.getByRole('button', { name: 'Logga in' }).click();

    await heading(page, `Ärende ${submitted.caseNumber}`);
    expect(new URL(page.url()).pathname).toBe(`/handlaggare/arenden/${submitted.id}`);
    await expectAccessible(page);
    await context.close();
  });
});
