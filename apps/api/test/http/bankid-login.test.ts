import { Writable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, bankIdLogins, municipalities, sessions } from '../../src/db/schema/index.js';
import { startBankIdSimulator, type RunningSimulator } from '../helpers/bankid-simulator.js';
import { createApplicant, createMunicipality, testPersonnummer } from '../helpers/fixtures.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const logLines: string[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(chunk.toString());
    done();
  },
});

let simulator: RunningSimulator;
let t: TestApp;
let municipality: Awaited<ReturnType<typeof createMunicipality>>;

beforeAll(async () => {
  simulator = await startBankIdSimulator();
  t = await createTestApp({ BANKID_URL: simulator.rpUrl, LOG_LEVEL: 'info' }, { logStream });
  municipality = await createMunicipality(t.database.db, 'Testkommun');
});
afterAll(async () => {
  await t.close();
  await simulator.close();
});

const base = '/api/auth/applicant/bankid';
type Browser = ReturnType<typeof request.agent>;
const newBrowser = (): Browser => request.agent(t.app.server);

async function start(
  browser: Browser,
  flow: 'same_device' | 'other_device' = 'other_device',
  slug = municipality.slug,
) {
  const response = await browser.post(`${base}/start`).send({ municipality: slug, flow }).expect(200);
  return response.body as { id: string; qrData?: string; autoStartToken?: string; launchUrl?: string };
}

const collect = (browser: Browser, id: string) => browser.post(`${base}/${id}/collect`);

/** The phone: scans the QR code the browser shows right now; returns the order the app opened. */
async function scanQrCode(browser: Browser, id: string): Promise<string> {
  const qr = await browser.get(`${base}/${id}/qr`).expect(200);
  const opened = await request(simulator.url).post('/app/open').send({ qrData: qr.body.qrData }).expect(200);
  return opened.body.orderRef as string;
}

const approve = (orderRef: string, personalNumber: string) =>
  request(simulator.url).post(`/app/orders/${orderRef}/approve`).send({ personalNumber }).expect(200);

const sessionsOf = (applicantId: string) =>
  t.database.db.select().from(sessions).where(eq(sessions.applicantId, applicantId));

describe('applicant login with BankID on another device (QR code)', () => {
  it('logs in: pending with RFA texts, scan, approve, then a working session', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const browser = newBrowser();
    const started = await start(browser);
    expect(started.qrData).toMatch(/^bankid\.[0-9a-f-]+\.0\.[0-9a-f]{64}$/);
    expect(started).not.toHaveProperty('autoStartToken');
    // The QR secret stays on the server.
    const [row] = await t.database.db.select().from(bankIdLogins).where(eq(bankIdLogins.id, started.id));
    expect(JSON.stringify(started)).not.toContain(row!.qrStartSecret);

    const waiting = await collect(browser, started.id).expect(200);
    expect(waiting.body).toEqual({ status: 'pending', hintCode: 'outstandingTransaction', messageCode: 'rfa1' });

    const orderRef = await scanQrCode(browser, started.id);
    expect(orderRef).toBe(row!.orderRef);
    const signing = await collect(browser, started.id).expect(200);
    expect(signing.body).toEqual({ status: 'pending', hintCode: 'userSign', messageCode: 'rfa9' });

    await approve(orderRef, applicant.personnummer);
    const complete = await collect(browser, started.id).expect(200);
    expect(complete.body).toMatchObject({
      status: 'complete',
      messageCode: null,
      me: { kind: 'applicant', id: applicant.id, municipality: { slug: municipality.slug } },
    });
    expect(String(complete.headers['set-cookie'])).toMatch(/ebistans_session=.*HttpOnly.*SameSite=Strict/);

    const me = await browser.get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({ kind: 'applicant', id: applicant.id, loginMethod: 'bankid' });
    const [session] = await sessionsOf(applicant.id);
    expect(session?.loginMethod).toBe('bankid');
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'login'), eq(auditLog.entityId, session!.id)));
    expect(audit).toEqual([expect.objectContaining({ actorId: applicant.id, details: { method: 'bankid' } })]);

    // An order makes one session only.
    const again = await collect(browser, started.id).expect(401);
    expect(again.body.type).toBe('urn:ebistans:problem:challenge-expired');
  });

  it('reports a cancel in the app as failed with RFA6, and keeps answering so', async () => {
    const browser = newBrowser();
    const started = await start(browser);
    const orderRef = await scanQrCode(browser, started.id);
    await request(simulator.url).post(`/app/orders/${orderRef}/reject`).send({ hintCode: 'userCancel' }).expect(200);
    const failed = { status: 'failed', hintCode: 'userCancel', messageCode: 'rfa6' };
    expect((await collect(browser, started.id).expect(200)).body).toEqual(failed);
    expect((await collect(browser, started.id).expect(200)).body).toEqual(failed);
    await browser.get(`${base}/${started.id}/qr`).expect(409);
  });

  it('reports an order nobody finished as expired with RFA8', async () => {
    const browser = newBrowser();
    const started = await start(browser);
    simulator.advanceClock(3 * 60 * 1000 + 1_000);
    const expired = await collect(browser, started.id).expect(200);
    expect(expired.body).toEqual({ status: 'failed', hintCode: 'expiredTransaction', messageCode: 'rfa8' });
  });

  it('lets the browser cancel its login', async () => {
    const browser = newBrowser();
    const started = await start(browser);
    await browser.post(`${base}/${started.id}/cancel`).expect(204);
    expect((await collect(browser, started.id).expect(200)).body).toMatchObject({
      status: 'failed',
      messageCode: 'rfa6',
    });
    const orders = await request(simulator.url).get('/app/orders').expect(200);
    expect(orders.body.items.map((order: { orderRef: string }) => order.orderRef)).not.toContain(
      (await t.database.db.select().from(bankIdLogins).where(eq(bankIdLogins.id, started.id)))[0]!.orderRef,
    );
  });

  it('gives a person without an account a clear problem and no session', async () => {
    const stranger = testPersonnummer();
    const browser = newBrowser();
    const started = await start(browser);
    await approve(await scanQrCode(browser, started.id), stranger);
    const refused = await collect(browser, started.id).expect(422);
    expect(refused.body.type).toBe('urn:ebistans:problem:no-applicant-account');
    expect(refused.headers['set-cookie'] ?? []).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/ebistans_session/)]),
    );
    await browser.get('/api/auth/me').expect(401);
    expect((await collect(browser, started.id).expect(401)).body.type).toBe('urn:ebistans:problem:challenge-expired');
  });

  it("does not let another browser see, poll or cancel someone else's login", async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const owner = newBrowser();
    const started = await start(owner);
    const orderRef = await scanQrCode(owner, started.id);
    await approve(orderRef, applicant.personnummer);

    const other = newBrowser();
    await start(other); // has a browser cookie of its own
    for (const response of [
      await collect(other, started.id),
      await other.get(`${base}/${started.id}/qr`),
      await other.post(`${base}/${started.id}/cancel`),
      await request(t.app.server).post(`${base}/${started.id}/collect`),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.type).toBe('urn:ebistans:problem:not-found');
    }
    expect(await sessionsOf(applicant.id)).toEqual([]);
    await collect(owner, started.id).expect(200);
  });
});

describe('applicant login with BankID on the same device', () => {
  it('returns the autostart token and a launch link, and logs in', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const browser = newBrowser();
    const started = await start(browser, 'same_device');
    expect(started.launchUrl).toBe(`bankid:///?autostarttoken=${started.autoStartToken}&redirect=null`);
    expect(started).not.toHaveProperty('qrData');
    expect((await collect(browser, started.id).expect(200)).body.messageCode).toBe('rfa13');

    const opened = await request(simulator.url)
      .post('/app/open')
      .send({ autoStartToken: started.autoStartToken })
      .expect(200);
    expect((await collect(browser, started.id).expect(200)).body).toMatchObject({
      hintCode: 'started',
      messageCode: 'rfa14',
    });
    await approve(opened.body.orderRef, applicant.personnummer);
    await collect(browser, started.id).expect(200);
    await browser.get('/api/auth/me').expect(200);
  });
});

describe('login methods per municipality', () => {
  it('lists each municipality with its login methods; the default is BankID and password with SMS', async () => {
    const response = await request(t.app.server).get('/api/municipalities').expect(200);
    expect(response.body.items).toContainEqual(
      expect.objectContaining({ slug: municipality.slug, loginMethods: ['bankid', 'password_sms'] }),
    );
  });

  it('refuses a method the municipality has switched off', async () => {
    const passwordOnly = await createMunicipality(t.database.db);
    await t.database.db
      .update(municipalities)
      .set({ applicantLoginMethods: ['password_sms'] })
      .where(eq(municipalities.id, passwordOnly.id));
    const refused = await newBrowser()
      .post(`${base}/start`)
      .send({ municipality: passwordOnly.slug, flow: 'other_device' })
      .expect(422);
    expect(refused.body.type).toBe('urn:ebistans:problem:login-method-disabled');

    const bankIdOnly = await createMunicipality(t.database.db);
    await t.database.db
      .update(municipalities)
      .set({ applicantLoginMethods: ['bankid'] })
      .where(eq(municipalities.id, bankIdOnly.id));
    const applicant = await createApplicant(t.database.db, bankIdOnly.id);
    const password = await request(t.app.server)
      .post('/api/auth/applicant/login')
      .send({ municipality: bankIdOnly.slug, personnummer: applicant.personnummer, password: 'whatever' })
      .expect(422);
    expect(password.body.type).toBe('urn:ebistans:problem:login-method-disabled');
  });

  it('answers an unknown municipality with 404', async () => {
    await newBrowser().post(`${base}/start`).send({ municipality: 'no-such-kommun', flow: 'other_device' }).expect(404);
  });
});

describe('BankID login logging', () => {
  it('never writes a personnummer to the log', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const browser = newBrowser();
    const started = await start(browser);
    await approve(await scanQrCode(browser, started.id), applicant.personnummer);
    await collect(browser, started.id).expect(200);
    const stranger = testPersonnummer();
    const second = await start(newBrowser());
    const strangerBrowser = newBrowser();
    const third = await start(strangerBrowser);
    await approve(await scanQrCode(strangerBrowser, third.id), stranger);
    await collect(strangerBrowser, third.id).expect(422);
    await newBrowser().post(`${base}/${second.id}/collect`).expect(404);

    const text = logLines.join('');
    expect(text).toContain('/collect');
    for (const number of [applicant.personnummer, stranger]) {
      for (const form of [number, number.slice(2), `${number.slice(2, 8)}-${number.slice(8)}`]) {
        expect(text).not.toContain(form);
      }
    }
  });
});

describe('BankID unavailable', () => {
  it('answers 503 with a stable type when the RP API cannot be reached', async () => {
    const offline = await createTestApp({ BANKID_URL: 'http://127.0.0.1:9/rp/v6.0/' });
    try {
      const target = await createMunicipality(offline.database.db);
      const response = await request(offline.app.server)
        .post(`${base}/start`)
        .send({ municipality: target.slug, flow: 'other_device' })
        .expect(503);
      expect(response.body).toMatchObject({ type: 'urn:ebistans:problem:bankid-unavailable', status: 503 });
    } finally {
      await offline.close();
    }
  });
});
