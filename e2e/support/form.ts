import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousAccessibilityViolations } from './browser.js';

/** Shared steps of filling in the applicant's forms, by role and label. */

export async function expectAccessible(page: Page) {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/** Waits for a page's heading (and its place in "Steg x av y"). */
export async function step(page: Page, title: string, progress?: string) {
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  if (progress) await expect.poll(() => page.getByText(progress, { exact: true }).isVisible()).toBe(true);
}

/** Chooses an option of a radio or yes/no question, found by the question as the group's name. */
export async function answer(scope: Page | ReturnType<Page['getByRole']>, question: string, option: string) {
  await scope
    .getByRole('group', { name: question, exact: true })
    .getByRole('radio', { name: option, exact: true })
    .check();
}

export async function next(page: Page) {
  await page.getByRole('button', { name: 'Nästa', exact: true }).click();
}
