import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleMonthlyApplication, nextPeriod } from '@ebistans/schema';
import { demo } from '../support/api.js';
import { expectAccessible, heading, staffBrowser, submitApplication } from '../support/caseworker.js';
import type { RunningServer } from '../support/server.js';
import { addStaff, startEnvironment, type E2eEnvironment } from '../support/environment.js';

let server: RunningServer;
let browser: Browser;
let environment: E2eEnvironment;

const admin = { username: 'ivar', password: demo.caseworker.password, mobile: '0700000072' };

beforeAll(async () => {
  environment = await startEnvironment();
  ({ server, browser } = environment);
  await addStaff(environment.databaseUrl, { ...admin, name: 'Ivar Integration', role: 'admin' });
});

afterAll(async () => {
  await environment?.stop();
});

const menu = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

/** What the case system does with the credentials the admin handed it: a token, then the change feed. */
async function casesSeenBy(clientId: string, clientSecret: string) {
  const token = await fetch(`${server.baseUrl}/api/v1/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  if (token.status !== 200) return { status: token.status, caseNumbers: [] };
  const { access_token: accessToken } = (await token.json()) as { access_token: string };
  const cases = await fetch(`${server.baseUrl}/api/v1/cases`, { headers: { authorization: `Bearer ${accessToken}` } });
  const body = (await cases.json()) as { items: { caseNumber: string }[] };
  return { status: cases.status, caseNumbers: body.items.map((item) => item.caseNumber) };
}

describe('API-klienter', () => {
  it('lets an admin create a client whose secret, shown once, lets the case system read cases until revoked', async () => {
    const submitted = await submitApplication(server.baseUrl, exampleMonthlyApplication(nextPeriod()));
    const context = await staffBrowser(browser, server.baseUrl, admin);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/handlaggare/`);
    await menu(page).getByRole('link', { name: 'API-klienter' }).click();
    await heading(page, 'API-klienter');
    await expectAccessible(page);

    // Asked for what is missing, in Swedish, before anything is created.
    await page.getByRole('button', { name: 'Skapa API-klient' }).click();
    await page.getByText('Skriv ett namn.').first().waitFor();
    await expectAccessible(page);

    await page.getByRole('textbox', { name: /^Namn/ }).fill('Verksamhetssystemet');
    await page.getByRole('checkbox', { name: /Läsa ärenden/ }).check();
    await page.getByRole('button', { name: 'Skapa API-klient' }).click();
    await page.getByRole('heading', { name: 'Hemlighet för Verksamhetssystemet' }).waitFor();
    const clientId = await page.getByRole('textbox', { name: /^Klient-id/ }).inputValue();
    const clientSecret = await page.getByRole('textbox', { name: /^Hemlighet \(client_secret\)/ }).inputValue();
    await expectAccessible(page);

    const seen = await casesSeenBy(clientId, clientSecret);
    expect(seen.status).toBe(200);
    expect(seen.caseNumbers).toContain(submitted.caseNumber);

    // Once the admin has copied it, the secret is gone from the page for good.
    await page.getByRole('button', { name: 'Jag har kopierat hemligheten' }).click();
    expect(await page.getByText(clientSecret).count()).toBe(0);
    await page.reload();
    await heading(page, 'API-klienter');
    expect(await page.content()).not.toContain(clientSecret);

    await page.getByRole('button', { name: 'Återkalla' }).click();
    await page.getByRole('button', { name: 'Ja, återkalla' }).click();
    await page.getByText('Verksamhetssystemet är återkallad.').waitFor();
    await expectAccessible(page);
    expect((await casesSeenBy(clientId, clientSecret)).status).toBe(401);
    await context.close();
  });
});

/** The case system's webhook endpoint: answers with `status` and keeps what it got. */
function startReceiver() {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const receiver = { status: 500, received, url: '', server: undefined as Server | undefined };
  receiver.server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(receiver.status).end();
    });
  });
  return new Promise<typeof receiver>((resolve) =>
    receiver.server!.listen(0, '127.0.0.1', () => {
      receiver.url = `http://127.0.0.1:${(receiver.server!.address() as AddressInfo).port}/ebistans/webhook`;
      resolve(receiver);
    }),
  );
}

async function until<T>(read: () => T | undefined, what: string): Promise<T> {
  for (let tries = 0; tries < 100; tries += 1) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Standard Webhooks: base64 HMAC-SHA256, keyed with the secret's bytes, of "<id>.<timestamp>.<body>". */
function signatureHolds(secret: string, { headers, body }: { headers: IncomingHttpHeaders; body: string }) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key)
    .update(`${String(headers['webhook-id'])}.${String(headers['webhook-timestamp'])}.${body}`)
    .digest('base64');
  return String(headers['webhook-signature']).split(' ').includes(`v1,${expected}`);
}

describe('Webhooks', () => {
  it('lets an admin subscribe the case system, see a failed delivery in the log and send it again', async () => {
    const receiver = await startReceiver();
    const context = await staffBrowser(browser, server.baseUrl, admin);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/handlaggare/`);
    await menu(page).getByRole('link', { name: 'Webhooks' }).click();
    await heading(page, 'Webhooks');
    await expectAccessible(page);

    await page.getByRole('textbox', { name: /^Adress \(URL\)/ }).fill(receiver.url);
    await page.getByRole('checkbox', { name: 'Nytt ärende' }).check();
    await page.getByRole('button', { name: 'Skapa webhook' }).click();
    const secret = await page.getByRole('textbox', { name: /^Hemlighet för signaturen/ }).inputValue();
    expect(secret).toMatch(/^whsec_/);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Jag har kopierat hemligheten' }).click();

    // A new case reaches the receiver signed, with ids only; the receiver fails it the first time.
    const submitted = await submitApplication(server.baseUrl, exampleMonthlyApplication(nextPeriod()));
    const first = await until(() => receiver.received[0], 'the first delivery');
    expect(signatureHolds(secret, first)).toBe(true);
    expect(JSON.parse(first.body)).toMatchObject({ type: 'case.submitted', data: { caseId: submitted.id } });
    expect(first.body).not.toContain(demo.applicant.personnummer.replace('-', ''));

    await page.getByRole('button', { name: `Visa leveranser till ${receiver.url}` }).click();
    const log = page.getByRole('table', { name: 'Leveranser, den senaste först' });
    await log.getByRole('cell', { name: '500' }).waitFor();
    await expectAccessible(page);

    receiver.status = 200;
    await log.getByRole('button', { name: /^Skicka igen: Nytt ärende/ }).click();
    await page.getByText('Nytt ärende skickas igen.').waitFor();
    const again = await until(() => receiver.received[1], 'the delivery sent again');
    expect(again.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(signatureHolds(secret, again)).toBe(true);
    await log.getByRole('cell', { name: 'Levererad' }).waitFor();
    await context.close();
    receiver.server?.close();
  });
});
