import request from 'supertest';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qrCodeData } from '../../src/modules/bankid/qr-code.js';
import { BankIdRpError, createRpAgent, createRpClient, type RpClient } from '../../src/modules/bankid/rp-client.js';
import { startBankIdSimulator, type RunningSimulator } from '../helpers/bankid-simulator.js';
import { hasOpenssl, makeTestCertificates } from '../helpers/test-certificates.js';

const endUserIp = '192.0.2.10';
const text = (value: string) => Buffer.from(value, 'utf8').toString('base64');

let simulator: RunningSimulator;
let agent: Agent;
let rp: RpClient;

beforeAll(async () => {
  simulator = await startBankIdSimulator();
  agent = createRpAgent();
  rp = createRpClient({ baseUrl: () => simulator.rpUrl, agent });
});
afterAll(async () => {
  await agent.close();
  await simulator.close();
});

const rpError = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected an RP API error');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(BankIdRpError);
      return error as BankIdRpError;
    },
  );

const openWithQr = (qrData: string) => request(simulator.url).post('/app/open').send({ qrData });

describe('BankID simulator: the RP API v6.0', () => {
  it('starts an order with the four tokens and keeps it pending until the app has it', async () => {
    const order = await rp.auth({ endUserIp, userVisibleData: text('Logga in hos Testkommun') });
    expect(Object.keys(order).sort()).toEqual(['autoStartToken', 'orderRef', 'qrStartSecret', 'qrStartToken']);
    expect(await rp.collect(order.orderRef)).toEqual({
      orderRef: order.orderRef,
      status: 'pending',
      hintCode: 'outstandingTransaction',
    });
  });

  it('answers invalid requests the way BankID does', async () => {
    expect(await rpError(rp.auth({ endUserIp: 'not-an-ip' }))).toMatchObject({
      errorCode: 'invalidParameters',
      details: 'Invalid endUserIp',
      httpStatus: 400,
    });
    expect((await rpError(rp.auth({ endUserIp, userVisibleData: 'not base64!' }))).errorCode).toBe('invalidParameters');
    // Signing needs the text the user signs.
    expect(await rpError(rp.sign({ endUserIp } as never))).toMatchObject({ details: 'Invalid userVisibleData' });
    expect((await rpError(rp.collect('no-such-order'))).errorCode).toBe('invalidParameters');

    const wrongType = await request(simulator.url).post('/rp/v6.0/auth').set('content-type', 'text/plain').send('x');
    expect(wrongType.status).toBe(415);
    expect(wrongType.body).toEqual({ errorCode: 'unsupportedMediaType', details: expect.any(String) });
    const wrongMethod = await request(simulator.url).get('/rp/v6.0/auth').expect(405);
    expect(wrongMethod.body.errorCode).toBe('methodNotAllowed');
    const unknown = await request(simulator.url).post('/rp/v6.0/phone/nothing').send({}).expect(404);
    expect(unknown.body.errorCode).toBe('notFound');
  });

  it('refuses a second order for the same personal number and cancels the first', async () => {
    const requirement = { personalNumber: '191212121212' };
    const first = await rp.auth({ endUserIp, requirement });
    expect(await rpError(rp.auth({ endUserIp, requirement }))).toMatchObject({ errorCode: 'alreadyInProgress' });
    expect(await rp.collect(first.orderRef)).toMatchObject({ status: 'failed', hintCode: 'cancelled' });
  });

  it('completes with completionData once, then forgets the order', async () => {
    const order = await rp.sign({ endUserIp, userVisibleData: text('Jag intygar att uppgifterna är sanna') });
    const opened = await openWithQr(qrCodeData(order.qrStartToken, order.qrStartSecret, 0)).expect(200);
    expect(opened.body).toMatchObject({
      kind: 'sign',
      hintCode: 'userSign',
      visibleText: 'Jag intygar att uppgifterna är sanna',
    });
    expect(await rp.collect(order.orderRef)).toMatchObject({ status: 'pending', hintCode: 'userSign' });
    await request(simulator.url)
      .post(`/app/orders/${order.orderRef}/approve`)
      .send({ personalNumber: '191212121212' })
      .expect(200);

    const collected = await rp.collect(order.orderRef);
    if (collected.status !== 'complete') throw new Error(`expected complete, got ${collected.status}`);
    const { completionData } = collected;
    expect(completionData.user).toEqual({
      personalNumber: '191212121212',
      name: 'Tolvan Tolvansson',
      givenName: 'Tolvan',
      surname: 'Tolvansson',
    });
    expect(completionData.device.ipAddress).toMatch(/127\.0\.0\.1/);
    expect(completionData.bankIdIssueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const signature = Buffer.from(completionData.signature, 'base64').toString('utf8');
    expect(signature).toContain('<Signature xmlns="http://www.w3.org/2000/09/xmldsig#">');
    expect(signature).toContain(text('Jag intygar att uppgifterna är sanna'));
    expect(Buffer.from(completionData.ocspResponse, 'base64').length).toBeGreaterThan(0);

    expect((await rpError(rp.collect(order.orderRef))).errorCode).toBe('invalidParameters');
  });

  it('forgets a cancelled order', async () => {
    const order = await rp.auth({ endUserIp });
    await rp.cancel(order.orderRef);
    expect((await rpError(rp.collect(order.orderRef))).errorCode).toBe('invalidParameters');
    expect((await rpError(rp.cancel(order.orderRef))).errorCode).toBe('invalidParameters');
  });

  it('fails an order nobody finished with expiredTransaction', async () => {
    const order = await rp.auth({ endUserIp });
    simulator.advanceClock(3 * 60 * 1000 + 1_000);
    expect(await rp.collect(order.orderRef)).toMatchObject({ status: 'failed', hintCode: 'expiredTransaction' });
  });
});

describe('BankID simulator: the app checks the QR code like the real one', () => {
  it('rejects a code not signed with the order secret', async () => {
    const order = await rp.auth({ endUserIp });
    const forged = qrCodeData(order.qrStartToken, 'some-other-secret', 0);
    const response = await openWithQr(forged).expect(400);
    expect(response.body.errorCode).toBe('invalidQrCode');
    expect(await rp.collect(order.orderRef)).toMatchObject({ status: 'pending', hintCode: 'outstandingTransaction' });
  });

  it('rejects a code whose second is not the current one, and accepts the current one', async () => {
    const order = await rp.auth({ endUserIp });
    const fromTheFuture = await openWithQr(qrCodeData(order.qrStartToken, order.qrStartSecret, 30)).expect(400);
    expect(fromTheFuture.body.errorCode).toBe('staleQrCode');

    simulator.advanceClock(10_000);
    const stale = await openWithQr(qrCodeData(order.qrStartToken, order.qrStartSecret, 0)).expect(400);
    expect(stale.body.errorCode).toBe('staleQrCode');

    await openWithQr(qrCodeData(order.qrStartToken, order.qrStartSecret, 10)).expect(200);
    const again = await openWithQr(qrCodeData(order.qrStartToken, order.qrStartSecret, 10)).expect(409);
    expect(again.body.errorCode).toBe('alreadyOpened');
  });

  it('rejects malformed codes and approvals before the app has the order or for another person', async () => {
    expect((await openWithQr('bankid.x.0.nothex').expect(400)).body.errorCode).toBe('invalidQrCode');
    const order = await rp.auth({ endUserIp, requirement: { personalNumber: '191212121212' } });
    const approve = (personalNumber: string) =>
      request(simulator.url).post(`/app/orders/${order.orderRef}/approve`).send({ personalNumber });
    expect((await approve('191212121212').expect(409)).body.errorCode).toBe('notOpened');
    await request(simulator.url).post('/app/open').send({ autoStartToken: order.autoStartToken }).expect(200);
    expect(await rp.collect(order.orderRef)).toMatchObject({ status: 'pending', hintCode: 'started' });
    expect((await approve('198112289874').expect(409)).body.errorCode).toBe('wrongPerson');
    await approve('191212121212').expect(200);
  });

  it('lists pending orders and serves the developer page', async () => {
    const order = await rp.auth({ endUserIp, userVisibleData: text('Synlig text') });
    const list = await request(simulator.url).get('/app/orders').expect(200);
    expect(list.body.items).toContainEqual(
      expect.objectContaining({
        orderRef: order.orderRef,
        hintCode: 'outstandingTransaction',
        visibleText: 'Synlig text',
      }),
    );
    const page = await request(simulator.url).get('/').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('BankID-simulator');
  });
});

describe.skipIf(!hasOpenssl)('RP client over mutual TLS', () => {
  const passphrase = 'qwerty123';
  let certificates: ReturnType<typeof makeTestCertificates>;
  let secure: RunningSimulator;

  beforeAll(async () => {
    certificates = makeTestCertificates(passphrase);
    secure = await startBankIdSimulator({ https: certificates.server });
  });
  afterAll(async () => {
    await secure.close();
    certificates.remove();
  });

  it('presents the PKCS#12 client certificate and trusts only the pinned CA', async () => {
    const mutual = createRpAgent({
      pfxPath: certificates.pfxPath,
      pfxPassphrase: passphrase,
      caPath: certificates.caPath,
    });
    try {
      const client = createRpClient({ baseUrl: () => secure.rpUrl, agent: mutual });
      const order = await client.auth({ endUserIp });
      expect(await client.collect(order.orderRef)).toMatchObject({ status: 'pending' });
    } finally {
      await mutual.close();
    }
  });

  it('is refused without a client certificate, and refuses a server its CA did not sign', async () => {
    const noClientCertificate = new Agent({ connect: { ca: certificates.server.ca } });
    const publicCasOnly = createRpAgent();
    try {
      await expect(
        createRpClient({ baseUrl: () => secure.rpUrl, agent: noClientCertificate }).auth({ endUserIp }),
      ).rejects.toThrow();
      await expect(
        createRpClient({ baseUrl: () => secure.rpUrl, agent: publicCasOnly }).auth({ endUserIp }),
      ).rejects.toThrow(/certificate/i);
    } finally {
      await noClientCertificate.close();
      await publicCasOnly.close();
    }
  });

  it('fails to build the agent with a wrong passphrase', () => {
    expect(() =>
      createRpAgent({ pfxPath: certificates.pfxPath, pfxPassphrase: 'wrong', caPath: certificates.caPath }).close(),
    ).toThrow();
  });
});
