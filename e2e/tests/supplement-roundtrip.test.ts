import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleMonthlyApplication, formatDate, formatMonth, nextPeriod } from '@ebistans/schema';
import {
  applicantBrowser,
  dueInTwoWeeks,
  expectAccessible,
  heading,
  staffSession,
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

describe('a supplement round trip: the caseworker asks, the applicant reads, replies and supplements', () => {
  it('shows the request and the new message, marks it read, takes a reply and a supplement to the same case', async () => {
    // Set-up through the API: the applicant has applied; the caseworker writes and asks for more.
    const { id: caseId, caseNumber } = await submitApplication(server.baseUrl, exampleMonthlyApplication(period));

    const caseworker = await staffSession(server.baseUrl);
    const messageText = 'Hej! Vi behöver din lönespecifikation för att kunna gå vidare.';
    expect((await caseworker.post(`/api/staff/cases/${caseId}/messages`, { body: messageText })).status).toBe(201);
    const dueDate = dueInTwoWeeks();
    const requestText = 'Skicka lönespecifikationen för november och den senaste hyresavin.';
    const asked = await caseworker.post(`/api/staff/cases/${caseId}/supplement-requests`, {
      message: requestText,
      dueDate,
      receiptCategories: ['salary_slip', 'rent_notice'],
    });
    expect(asked.status).toBe(201);
    const requestId = String(asked.body.id);

    const context = await applicantBrowser(browser, server.baseUrl);
    const page = await context.newPage();

    // Mina ärenden: the case with its status in the applicant's words.
    await page.goto(`${server.baseUrl}/arenden`);
    await heading(page, 'Mina ärenden');
    const card = page.getByRole('listitem').filter({ hasText: caseNumber });
    await card.waitFor();
    expect(await card.innerText()).toContain('Väntar på komplettering från dig');
    await expectAccessible(page);
    await card.getByRole('link', { name: `Ansökan för ${formatMonth(period, 'sv')}` }).click();

    // The case page: the new message is announced and the request is shown with its date and receipts.
    await heading(page, `Ansökan för ${formatMonth(period, 'sv')}`);
    await page.getByText('Du har 1 nytt meddelande från handläggaren.').waitFor();
    const request = page.getByRole('region', { name: 'Handläggaren behöver mer uppgifter från dig' });
    await request.waitFor();
    const requestShown = await request.innerText();
    expect(requestShown).toContain(requestText);
    expect(requestShown).toContain(`Senast ${formatDate(dueDate, 'sv')}`);
    expect(requestShown).toContain('Lönespecifikation');
    expect(requestShown).toContain('Hyresavi');
    const messages = page.getByRole('region', { name: 'Meddelanden' });
    const received = messages.getByRole('listitem').filter({ hasText: messageText });
    await received.waitFor();
    expect(await received.getByRole('heading', { level: 3 }).innerText()).toMatch(/^Från .+, handläggare\s+Nytt$/);
    const timeline = page.getByRole('region', { name: 'Vad har hänt i ärendet' });
    await timeline.getByText('Handläggaren bad dig komplettera ansökan.').waitFor();
    expect(await page.getByRole('link', { name: 'Ladda ner din ansökan som PDF' }).getAttribute('href')).toBe(
      `/api/applicant/cases/${caseId}/pdf`,
    );
    await expectAccessible(page);

    // Opening the case was reading the message: the caseworker's view says so.
    const thread = await caseworker.get(`/api/staff/cases/${caseId}/messages`);
    expect(thread.body.items).toEqual([
      expect.objectContaining({ direction: 'to_applicant', body: messageText, readAt: expect.any(String) }),
    ]);

    // A reply: an empty one is refused with a clear error, then it is sent and shown as not read yet.
    const send = messages.getByRole('button', { name: 'Skicka meddelandet' });
    await send.click();
    const summary = page.getByRole('alert').filter({ hasText: 'Det finns fel som du behöver rätta' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Skriv ett meddelande innan du skickar.');
    expect(await summary.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await expectAccessible(page);
    const replyText = 'Tack! Jag skickar den med en komplettering i dag.';
    const box = messages.getByRole('textbox', { name: 'Skriv ett meddelande till handläggaren' });
    await box.fill(replyText);
    expect(await box.getAttribute('aria-describedby')).toBeTruthy();
    await messages.getByText(`Du har ${(10_000 - replyText.length).toLocaleString('sv-SE')} tecken kvar.`).waitFor();
    // A minimal PDF, sniffed as such by the API from its bytes.
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await messages
      .getByLabel('Bifoga filer (frivilligt)')
      .setInputFiles({ name: 'hyresavi.pdf', mimeType: 'application/pdf', buffer: pdf });
    await send.click();
    await page.getByRole('status').filter({ hasText: 'Ditt meddelande är skickat.' }).waitFor();
    const reply = messages.getByRole('listitem').filter({ hasText: replyText });
    await reply.waitFor();
    expect(await reply.innerText()).toContain('Från dig');
    expect(await reply.innerText()).toContain('Inte läst ännu');
    expect(await box.inputValue()).toBe('');

    // The caseworker reads the reply; the applicant then sees it as read.
    const staffThread = await caseworker.get(`/api/staff/cases/${caseId}/messages`);
    expect(staffThread.body.items).toEqual([
      expect.objectContaining({ body: messageText }),
      expect.objectContaining({
        body: replyText,
        direction: 'from_applicant',
        attachments: [expect.objectContaining({ fileName: 'hyresavi.pdf', contentType: 'application/pdf' })],
      }),
    ]);
    await reply.getByRole('link', { name: 'hyresavi.pdf' }).waitFor();
    await page.reload();
    await heading(page, `Ansökan för ${formatMonth(period, 'sv')}`);
    await expect
      .poll(() => page.getByRole('listitem').filter({ hasText: replyText }).innerText())
      .toMatch(/Läst \d+ \w+ \d{4}/);

    // The supplement: step 1 with the request repeated, step 2 with what is sent and the declaration.
    await page.getByRole('link', { name: 'Skicka komplettering' }).click();
    await heading(page, 'Vad vill du komplettera med?');
    await page.getByText('Steg 1 av 2', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Det här har handläggaren bett om' }).getByText(requestText).waitFor();
    expect(page.url()).toContain(`begaran=${requestId}`);
    const reason = page.getByRole('group', { name: 'Varför kompletterar du?' });
    expect(await reason.getByRole('radio', { name: 'Handläggaren har bett om det' }).isChecked()).toBe(true);
    await expectAccessible(page);
    const supplementText = 'Här är lönespecifikationen. Hyresavin lämnar jag i receptionen.';
    await page.getByRole('textbox', { name: 'Meddelande till handläggaren' }).fill(supplementText);
    await page
      .getByRole('group', { name: 'Vill du lägga till inkomster?' })
      .getByRole('radio', { name: 'Ja', exact: true })
      .check();
    const income = page.getByRole('group', { name: 'Inkomst 1', exact: true });
    await income.getByRole('combobox', { name: 'Vilken sorts inkomst?' }).selectOption({ label: 'Lön' });
    await income.getByRole('textbox', { name: 'Belopp efter skatt' }).fill('1200');
    await income.getByLabel('Datum då pengarna kom').fill(`${period}-05`);
    await income.getByRole('radio', { name: 'Jag', exact: true }).check();
    await page
      .getByRole('group', { name: 'Vill du söka för fler kostnader?' })
      .getByRole('radio', { name: 'Nej', exact: true })
      .check();
    await page.getByRole('button', { name: 'Nästa' }).click();

    await heading(page, 'Intyga och skicka');
    await page.getByText('Steg 2 av 2', { exact: true }).waitFor();
    const sending = page.getByRole('region', { name: 'Det här skickar du' });
    await sending.getByText(supplementText).waitFor();
    expect(await sending.innerText()).toMatch(/1\s200 kr/);
    // Sending without the declaration is refused at the checkbox.
    await page.getByRole('button', { name: 'Skicka komplettering' }).click();
    await page.getByRole('alert').filter({ hasText: 'Det finns fel som du behöver rätta' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('checkbox', { name: /Jag intygar på heder och samvete/ }).check();
    await page.getByRole('button', { name: 'Skicka komplettering' }).click();

    // Back on the case: sent, the status has changed and the request is answered.
    await heading(page, `Ansökan för ${formatMonth(period, 'sv')}`);
    await page.getByRole('status').filter({ hasText: 'Din komplettering är skickad.' }).waitFor();
    await expect.poll(() => page.getByRole('main').innerText()).toContain('Komplettering inskickad');
    await expect
      .poll(() => page.getByRole('region', { name: 'Handläggaren behöver mer uppgifter från dig' }).count())
      .toBe(0);
    await timeline.getByText('Du skickade en komplettering.').waitFor();
    await page.getByRole('region', { name: 'Kompletteringar' }).getByText(supplementText).waitFor();
    await expectAccessible(page);

    await page.goto(`${server.baseUrl}/arenden`);
    await heading(page, 'Mina ärenden');
    await expect
      .poll(() => page.getByRole('listitem').filter({ hasText: caseNumber }).innerText())
      .toContain('Komplettering inskickad');
    await context.close();

    // The caseworker sees the supplement on the case, answering the request.
    const staffSupplements = await caseworker.get(`/api/staff/cases/${caseId}/supplements`);
    expect(staffSupplements.body.requests).toEqual([
      expect.objectContaining({ id: requestId, answeredAt: expect.any(String) }),
    ]);
    expect(staffSupplements.body.supplements).toEqual([
      expect.objectContaining({
        requestId,
        formId: 'komplettering',
        data: expect.objectContaining({
          reason: 'requested',
          message: supplementText,
          incomes: [expect.objectContaining({ type: 'salary', amount: 1200 })],
          declaration: true,
        }),
      }),
    ]);
    const inbox = await caseworker.get('/api/staff/cases?tab=all');
    expect(inbox.body.items).toEqual([expect.objectContaining({ id: caseId, status: 'supplemented' })]);
  });
});
