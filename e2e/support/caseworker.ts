import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { apiSession, demo, devOutboxCode } from './api.js';
import { seriousAccessibilityViolations } from './browser.js';

/** The caseworker app is used at a desk: a laptop-sized window. */
export const desktop = { width: 1280, height: 800 };

export async function expectAccessible(page: Page) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

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
