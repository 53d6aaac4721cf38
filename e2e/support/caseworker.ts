import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { apiSession, demo, devOutboxCode } from './api.js';
import { seriousAccessibilityViolations } from './browser.js';

/** The caseworker app is used at a desk: a laptop-sized window. */
export const desktop = { width: 1280, height: 800 };

const screenshotDir = fileURLToPath(new URL('../../docs/images/caseworker/', import.meta.url));

export async function expectAccessible(page: Page) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/** A screenshot for the caseworker guide, named in Swedish; `from` scrolls that element to the top first. */
export async function screenshot(page: Page, name: string, from?: Locator) {
  mkdirSync(screenshotDir, { recursive: true });
  await from?.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${screenshotDir}${name}.png` });
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
