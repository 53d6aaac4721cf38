import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { MONTHLY_APPLICATION_FORM_ID, exampleMonthlyApplication, nextPeriod, type FormData } from '@ebistans/schema';
import { apiSession, demo, devOutboxCode } from './api.js';

export { expectAccessible } from './form.js';

/** The caseworker app is used at a desk: a laptop-sized window. */
export const desktop = { width: 1280, height: 800 };

/**
 * A screenshot for the caseworker guide, named in Swedish, when `E2E_SCREENSHOTS` names a folder (such as
 * docs/images/caseworker); test runs without it leave no files. `from` scrolls that element to the top first.
 */
export async function screenshot(page: Page, name: string, from?: Locator) {
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await from?.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(folder, `${name}.png`) });
}

export async function heading(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** A tab of the inbox ("Alla (1)"), by its name with the count. */
export function tab(page: Page, name: RegExp) {
  return page.getByRole('navigation', { name: 'Urval av ärenden' }).getByRole('link', { name });
}

/** Two weeks ahead, so a supplement request is never past its due date while the test runs. */
export function dueInTwoWeeks(): string {
  return new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

interface StaffLogin {
  username: string;
  password: string;
  mobile: string;
}

/** Logs in through the API, as the login pages do; the login pages themselves are driven in skeleton-path. */
export async function staffSession(baseUrl: string, login: StaffLogin = demo.caseworker) {
  const session = apiSession(baseUrl);
  const started = await session.post('/api/auth/staff/login', { username: login.username, password: login.password });
  expect(started.status).toBe(200);
  const verified = await session.post('/api/auth/staff/verify', {
    challengeId: started.body.challengeId,
    code: await devOutboxCode(baseUrl, login.mobile),
  });
  expect(verified.status).toBe(200);
  return session;
}

/** A desktop browser already logged in as the given staff member. */
export async function staffBrowser(
  browser: Browser,
  baseUrl: string,
  login: StaffLogin = demo.caseworker,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: desktop, locale: 'sv-SE' });
  const started = await context.request.post(`${baseUrl}/api/auth/staff/login`, {
    data: { username: login.username, password: login.password },
  });
  expect(started.status()).toBe(200);
  const { challengeId } = (await started.json()) as { challengeId: string };
  const verified = await context.request.post(`${baseUrl}/api/auth/staff/verify`, {
    data: { challengeId, code: await devOutboxCode(baseUrl, login.mobile) },
  });
  expect(verified.status()).toBe(200);
  return context;
}

/**
 * A phone-sized browser already logged in as the demo applicant: the same two steps and the same cookie as
 * the login page; the login pages themselves are driven in skeleton-path.test.ts.
 */
export async function applicantBrowser(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'sv-SE' });
  const started = await context.request.post(`${baseUrl}/api/auth/applicant/login`, {
    data: {
      municipality: demo.municipality,
      personnummer: demo.applicant.personnummer,
      password: demo.applicant.password,
    },
  });
  expect(started.status()).toBe(200);
  const { challengeId } = (await started.json()) as { challengeId: string };
  const verified = await context.request.post(`${baseUrl}/api/auth/applicant/verify`, {
    data: { challengeId, code: await devOutboxCode(baseUrl, demo.applicant.mobile) },
  });
  expect(verified.status()).toBe(200);
  return context;
}

export async function applicantSession(baseUrl: string) {
  const session = apiSession(baseUrl);
  const started = await session.post('/api/auth/applicant/login', {
    municipality: demo.municipality,
    personnummer: demo.applicant.personnummer,
    password: demo.applicant.password,
  });
  expect(started.status).toBe(200);
  const verified = await session.post('/api/auth/applicant/verify', {
    challengeId: started.body.challengeId,
    code: await devOutboxCode(baseUrl, demo.applicant.mobile),
  });
  expect(verified.status).toBe(200);
  return session;
}

/**
 * The demo applicant applies through the API, in a session of their own unless one is given; returns the
 * case's id and number and the session, for more of the applicant's calls.
 */
export async function submitApplication(
  baseUrl: string,
  data: FormData = exampleMonthlyApplication(nextPeriod()),
  session?: ReturnType<typeof apiSession>,
) {
  const applicant = session ?? (await applicantSession(baseUrl));
  const submitted = await applicant.post('/api/applicant/applications', {
    formId: MONTHLY_APPLICATION_FORM_ID,
    formVersion: 2,
    data,
  });
  expect(submitted.status).toBe(201);
  return { id: String(submitted.body.id), caseNumber: String(submitted.body.caseNumber), session: applicant };
}
