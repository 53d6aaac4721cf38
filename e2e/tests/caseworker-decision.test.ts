import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  calculateDecision,
  decisionInput,
  exampleMonthlyApplication,
  manadsansokanV2,
  nextPeriod,
} from '@ebistans/schema';
import { expectAccessible, heading, screenshot, staffBrowser, submitApplication } from '../support/caseworker.js';
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

const kronor = (amount: number) => `${amount} kr`;

describe('a decision using the norm calculation', () => {
  it('lowers a cost line, sees the amount change, decides delavslag and downloads the decision letter', async () => {
    const period = nextPeriod();
    const data = exampleMonthlyApplication(period);
    const { id: caseId, caseNumber, session: applicant } = await submitApplication(server.baseUrl, data);
    const input = decisionInput(manadsansokanV2, data)!;
    const full = calculateDecision(input, { costs: [], incomes: [] }).amount;
    const lowered = full - 240;

    const context = await staffBrowser(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/handlaggare/arenden/${caseId}`);
    await heading(page, `Ärende ${caseNumber}`);
    await page.getByRole('navigation', { name: 'Ärendets delar' }).getByRole('link', { name: 'Beslut' }).click();
    await page.getByRole('heading', { level: 2, name: 'Beslut' }).waitFor();

    // The calculation line by line, with the proposal; lowering electricity lowers it as one types.
    const table = page.getByRole('table', { name: /^Beräkning enligt riksnormen/ });
    await table.waitFor();
    await table.getByRole('rowheader', { name: 'Hyra' }).waitFor();
    const proposal = page.getByRole('status').filter({ hasText: 'Föreslaget belopp enligt beräkningen' });
    expect(await proposal.innerText()).toContain(kronor(full));
    await expectAccessible(page);
    await page.getByRole('textbox', { name: 'Godkänt belopp för Hushållsel' }).fill('400');
    await proposal.filter({ hasText: kronor(lowered) }).waitFor();

    await page.getByRole('radio', { name: /^Delavslag/ }).check();
    expect(await page.getByRole('textbox', { name: 'Beviljat belopp' }).inputValue()).toBe(String(lowered));
    await page
      .getByRole('textbox', { name: 'Motivering' })
      .fill('Elkostnaden godkänns med 400 kr, vad som är skäligt för hushållets storlek.');
    await page
      .getByRole('combobox', { name: /^Försörjningshinder för/ })
      .first()
      .selectOption('unemployed_no_benefit');
    await page
      .getByRole('combobox', { name: 'Försörjningshinder för Kim Tolvansson' })
      .selectOption('part_time_insufficient_income');
    await screenshot(page, 'beslut', table);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Fatta beslut' }).click();

    // The recorded decision, the status in the header, and the letter.
    await page.getByRole('heading', { level: 3, name: 'Beslutet' }).waitFor();
    await page.getByText('Beslut fattat', { exact: true }).first().waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Ladda ner beslutet som PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`beslut-${caseNumber}.pdf`);
    const bytes = await readFile(await file.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await expectAccessible(page);

    // The history shows the decision; the applicant sees it too.
    await page
      .getByRole('navigation', { name: 'Ärendets delar' })
      .getByRole('link', { name: 'Ärendehistorik' })
      .click();
    await page.getByText('Beslut fattat', { exact: true }).first().waitFor();
    const mine = await applicant.get(`/api/applicant/cases/${caseId}/decision`);
    expect(mine.body.decision).toMatchObject({ outcome: 'delavslag', amount: lowered });
    await context.close();
  });
});
