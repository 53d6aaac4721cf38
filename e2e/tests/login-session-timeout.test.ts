import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, devOutboxCode } from '../support/api.js';
import { seriousAccessibilityViolations } from '../support/browser.js';
import type { RunningServer } from '../support/server.js';
import { startEnvironment, type E2eEnvironment } from '../support/environment.js';

let server: RunningServer;
let browser: Browser;
let environment: E2eEnvironment;

beforeAll(async () => {
  // 20 seconds of idle time: the two-minute warning then shows at once after login, and the end comes soon.
  environment = await startEnvironment({ SESSION_IDLE_MINUTES: String(20 / 60) });
  ({ server, browser } = environment);
});

afterAll(async () => {
  await environment?.stop();
});

describe('the idle session', () => {
  it('warns in a modal dialog, keeps the session on request, and after the end shows the login page saying why', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/logga-in`);
    await page.getByRole('textbox', { name: 'Personnummer' }).fill(demo.applicant.personnummer);
    await page.getByLabel('Lösenord').fill(demo.applicant.password);
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ange engångskoden' }).waitFor();
    await page
      .getByRole('textbox', { name: 'Engångskod' })
      .fill(await devOutboxCode(server.baseUrl, demo.applicant.mobile));
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina sidor' }).waitFor();

    const dialog = page.getByRole('dialog', { name: 'Du loggas snart ut' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/loggas du ut om \d+ sekunder/);
    const stay = dialog.getByRole('button', { name: 'Fortsätt vara inloggad' });
    expect(await stay.evaluate((button) => button === document.activeElement)).toBe(true);
    // Modal: the page behind cannot be reached, not even where it shows through.
    const linkBehind = await page.getByRole('link', { name: 'Ny ansökan' }).evaluate((link) => {
      const box = link.getBoundingClientRect();
      return link.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
    });
    expect(linkBehind).toBe(false);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const [extended] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/api/auth/session/extend')),
      stay.click(),
    ]);
    expect(extended.status()).toBe(200);

    // With no more activity the session ends 20 seconds later.
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor({ timeout: 60_000 });
    await page
      .getByRole('alert')
      .filter({ hasText: 'Du har loggats ut eftersom du inte har gjort något i tjänsten på en stund.' })
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
