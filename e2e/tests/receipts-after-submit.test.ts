import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONTHLY_APPLICATION_FORM_ID, exampleMonthlyApplication, nextPeriod } from '@ebistans/schema';
import { staffSession } from '../support/caseworker.js';
import type { RunningServer } from '../support/server.js';
import { expectFitsNarrowScreen, logInWithPassword, screenshot } from './application-journey.js';
import { expectAccessible, step } from '../support/form.js';
import { samplePdf, sampleJpeg } from '@ebistans/testing';
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

describe('receipts sent after submitting, on a phone', () => {
  it('sends a receipt marked "send later" from the kvittens page; the checklist and the caseworker have it', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'sv-SE' });
    const page = await context.newPage();
    await logInWithPassword(page, server.baseUrl);

    // A complete application saved as the draft, as the form would have left it; the receipts step is the browser's.
    const saved = await page.request.put(`${server.baseUrl}/api/applicant/drafts/current`, {
      data: { formId: MONTHLY_APPLICATION_FORM_ID, data: exampleMonthlyApplication(nextPeriod()) },
    });
    expect(saved.status()).toBe(200);
    await page.goto(`${server.baseUrl}/ansokan/underlag`);
    await step(page, 'Underlag');
    const firstReceipt = page.locator('.receipt-list > li').first();
    const label = (await firstReceipt.getByRole('heading', { level: 2 }).innerText()).trim();
    await firstReceipt.getByRole('checkbox', { name: `Jag skickar detta senare – ${label}` }).check();
    await expect.poll(() => firstReceipt.innerText()).toContain('Skickas senare');
    await page.getByRole('button', { name: 'Nästa', exact: true }).click();

    await step(page, 'Granska och skicka');
    await page.getByRole('button', { name: 'Skicka ansökan' }).click();

    // The kvittens: the receipt to send later is listed under its group, with a way to send it now.
    await page.getByRole('heading', { level: 1, name: 'Din ansökan är skickad' }).waitFor();
    const caseId = /\/arenden\/([^/]+)\/kvittens/.exec(page.url())?.[1] ?? '';
    expect(caseId).not.toBe('');
    const receipts = page.getByRole('region', { name: 'Underlag' });
    await expect.poll(() => receipts.innerText()).toMatch(new RegExp(`Underlag som du skickar senare\\s+${label}`));
    const later = receipts
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 4, name: label, exact: true }) });
    expect(await later.innerText()).toContain('Skickas senare');
    // A sent case's files stay: no removing, no send-later box.
    expect(await receipts.getByRole('checkbox').count()).toBe(0);
    await expectAccessible(page);
    await expectFitsNarrowScreen(page);
    await screenshot(page, 'kvittens-skicka-underlag');

    await later
      .getByLabel(`Välj filer för ${label}`)
      .setInputFiles({ name: 'eftersänt.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
    // The checklist is read again: the receipt stays where it was, now attached with its file.
    await expect.poll(() => later.innerText()).toContain('Bifogad');
    expect(await later.innerText()).toContain('eftersänt.pdf');
    expect(await later.getByRole('button', { name: /Ta bort/ }).count()).toBe(0);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'är uppladdad' }).count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'kvittens-underlag-skickat');

    // The applicant's checklist and the caseworker's list of files both have it.
    const checklist = await page.request.get(`${server.baseUrl}/api/applicant/cases/${caseId}/checklist`);
    const items = ((await checklist.json()) as { items: { label: { sv: string }; status: string }[] }).items;
    expect(items.find((item) => item.label.sv === label)?.status).toBe('attached');
    const staff = await staffSession(server.baseUrl);
    const files = await staff.get(`/api/staff/cases/${caseId}/attachments`);
    expect(files.status).toBe(200);
    const names = (files.body.items as { fileName: string }[]).map((file) => file.fileName);
    expect(names).toContain('eftersänt.pdf');

    // The case page offers the same for what is still missing (the receipt sent is no longer among it),
    // and its history says receipts were sent.
    await page.goto(`${server.baseUrl}/arenden/${caseId}`);
    await page.getByRole('heading', { level: 1, name: /Ansökan för/ }).waitFor();
    const onCase = page.getByRole('region', { name: 'Skicka underlag som saknas' });
    await expect.poll(() => onCase.innerText()).toContain('Underlag som saknas');
    expect(await onCase.innerText()).not.toContain(label);
    expect(await onCase.innerText()).toContain('Du skickade med 1 fil.');
    await expect.poll(() => page.getByRole('main').innerText()).toContain('Du skickade in underlag.');
    await expectAccessible(page);
    await expectFitsNarrowScreen(page);
    await screenshot(page, 'arende-skicka-underlag');

    // "Mina ärenden" and the start page say on the case's card that a message from the caseworker is unread.
    await page.goto(`${server.baseUrl}/arenden`);
    await page.getByRole('heading', { level: 1, name: 'Mina ärenden' }).waitFor();
    expect(await page.getByRole('main').innerText()).not.toContain('nytt meddelande');
    const message = { body: 'Tack, vi har fått underlaget.' };
    expect((await staff.post(`/api/staff/cases/${caseId}/messages`, message)).status).toBe(201);
    await page.reload();
    const card = page.locator('.card-list > li').first();
    await expect.poll(() => card.innerText()).toContain('1 nytt meddelande');
    await expectAccessible(page);
    await screenshot(page, 'mina-arenden-nytt-meddelande');
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Mina sidor' }).waitFor();
    await expect.poll(() => page.locator('.card-list > li').first().innerText()).toContain('1 nytt meddelande');
    await context.close();
  });

  it('attaches the receipts a supplement request asks for before "Skicka komplettering"; they go to the case', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'sv-SE' });
    const page = await context.newPage();
    await logInWithPassword(page, server.baseUrl);
    const submitted = await page.request.post(`${server.baseUrl}/api/applicant/applications`, {
      data: { formId: MONTHLY_APPLICATION_FORM_ID, formVersion: 2, data: exampleMonthlyApplication(nextPeriod()) },
    });
    expect(submitted.status()).toBe(201);
    const caseId = ((await submitted.json()) as { id: string }).id;
    const staff = await staffSession(server.baseUrl);
    const asked = await staff.post(`/api/staff/cases/${caseId}/supplement-requests`, {
      message: 'Skicka din senaste lönespecifikation.',
      dueDate: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
      receiptCategories: ['salary_slip'],
    });
    expect(asked.status).toBe(201);

    await page.goto(`${server.baseUrl}/arenden/${caseId}`);
    await page.getByRole('link', { name: 'Skicka komplettering' }).click();
    await step(page, 'Vad vill du komplettera med?');
    await page.getByRole('textbox', { name: 'Meddelande till handläggaren' }).fill('Här är lönespecifikationen.');
    for (const question of ['Vill du lägga till inkomster?', 'Vill du söka för fler kostnader?']) {
      await page.getByRole('group', { name: question }).getByRole('radio', { name: 'Nej', exact: true }).check();
    }
    await page.getByRole('button', { name: 'Nästa' }).click();

    await step(page, 'Intyga och skicka');
    const attach = page.getByRole('region', { name: 'Bifoga underlag' });
    await attach.getByRole('heading', { level: 3, name: 'Lönespecifikation' }).waitFor();
    await attach
      .getByLabel('Ta foto för Lönespecifikation')
      .setInputFiles({ name: 'lonespec.jpg', mimeType: 'image/jpeg', buffer: sampleJpeg() });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'är uppladdad' }).count()).toBe(1);
    // Stored in the case, the file is listed from it: no longer on its way, with no cancelling.
    const listed = attach.getByRole('list', { name: 'Filer för Lönespecifikation' });
    await expect.poll(() => listed.getByRole('button', { name: /Avbryt/ }).count()).toBe(0);
    expect(await listed.innerText()).toContain('lonespec.jpg');
    await expectAccessible(page);
    await expectFitsNarrowScreen(page);
    await screenshot(page, 'komplettering-bifoga-underlag');
    await page.getByRole('checkbox', { name: /Jag intygar på heder och samvete/ }).check();
    await page.getByRole('button', { name: 'Skicka komplettering' }).click();
    await page.getByRole('status').filter({ hasText: 'Din komplettering är skickad.' }).waitFor();

    const files = await staff.get(`/api/staff/cases/${caseId}/attachments`);
    expect(files.body.items).toEqual([expect.objectContaining({ fileName: 'lonespec.jpg', category: 'salary_slip' })]);
    await context.close();
  });
});
