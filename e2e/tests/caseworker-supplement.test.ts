import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleMonthlyApplication, exampleSupplement, nextPeriod } from '@ebistans/schema';
import {
  dueInTwoWeeks,
  expectAccessible,
  heading,
  screenshot,
  staffBrowser,
  submitApplication,
} from '../support/caseworker.js';
import type { RunningServer } from '../support/server.js';
import { startEnvironment, type E2eEnvironment } from '../support/environment.js';

let server: RunningServer;
let browser: Browser;
let environment: E2eEnvironment;
const period = nextPeriod();

beforeAll(async () => {
  environment = await startEnvironment();
  ({ server, browser } = environment);
});

afterAll(async () => {
  await environment?.stop();
});

describe('a supplement requested in the caseworker app', () => {
  it('asks in the UI, the applicant answers through the API, and the case shows the answers', async () => {
    const {
      id: caseId,
      caseNumber,
      session: applicant,
    } = await submitApplication(server.baseUrl, exampleMonthlyApplication(period));

    const context = await staffBrowser(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/handlaggare/arenden/${caseId}/komplettering`);
    await heading(page, `Ärende ${caseNumber}`);
    await page.getByRole('heading', { level: 2, name: 'Komplettering' }).waitFor();
    await page.getByText('Ingen komplettering har begärts.').waitFor();

    // An empty request is refused with a summary; then the message, two receipts and a due date.
    const send = page.getByRole('button', { name: 'Skicka begäran om komplettering' });
    await send.click();
    const summary = page.getByRole('alert').filter({ hasText: 'Det finns fel som du behöver rätta' });
    await summary.waitFor();
    await expectAccessible(page);
    const requestText = 'Skicka lönespecifikationen för november.';
    await page.getByRole('textbox', { name: 'Vad behöver den sökande skicka?' }).fill(requestText);
    await page.getByRole('checkbox', { name: 'Lönespecifikation' }).check();
    await page.getByRole('checkbox', { name: 'Hyresavi' }).check();
    await page.getByLabel('Sista dag att komplettera').fill(dueInTwoWeeks());
    await screenshot(page, 'arende-begar-komplettering', page.getByRole('heading', { name: 'Begär komplettering' }));
    await send.click();
    await page.getByRole('status').filter({ hasText: 'Begäran är skickad.' }).waitFor();
    const main = page.getByRole('main');
    await expect.poll(() => main.innerText()).toContain('Väntar på komplettering');
    expect(await main.innerText()).toContain(requestText);
    expect(await main.innerText()).toContain('Inte besvarad ännu');

    const asked = await applicant.get(`/api/applicant/cases/${caseId}/supplements`);
    const requests = asked.body.requests as { id: string; receiptCategories: string[] }[];
    expect(requests).toHaveLength(1);
    expect([...(requests[0]?.receiptCategories ?? [])].sort()).toEqual(['rent_notice', 'salary_slip']);

    // The applicant answers through the API.
    const answered = await applicant.post(`/api/applicant/cases/${caseId}/supplements`, {
      formVersion: 1,
      data: exampleSupplement(period),
      requestId: requests[0]?.id,
    });
    expect(answered.status).toBe(201);

    await page.reload();
    await heading(page, `Ärende ${caseNumber}`);
    await expect
      .poll(() => main.innerText())
      .toContain('Här är lönespecifikationen och kostnadsförslaget från tandläkaren.');
    const text = await main.innerText();
    expect(text).toContain('Komplettering inskickad');
    expect(text).toMatch(/1\s200 kr/);
    expect(text).toMatch(/1\s850 kr/);
    expect(text).toContain('Besvarad');
    await expectAccessible(page);
    await screenshot(page, 'arende-komplettering-inskickad', page.getByRole('navigation', { name: 'Ärendets delar' }));
    await context.close();
  });
});
