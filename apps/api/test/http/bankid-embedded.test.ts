import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplicant, createMunicipality } from '../helpers/fixtures.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let url: string;

beforeAll(async () => {
  // No BANKID_URL: the embedded mode of `pnpm start`, with the simulator in the same process.
  t = await createTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(() => t.close());

describe('BankID simulator mounted in the app (embedded mode)', () => {
  it('serves the developer page and logs in through the RP API over loopback', async () => {
    const municipality = await createMunicipality(t.database.db);
    const applicant = await createApplicant(t.database.db, municipality.id);
    const page = await request(url).get('/bankid-simulator/').expect(200);
    expect(page.text).toContain('Väntande order');

    const browser = request.agent(url);
    const started = await browser
      .post('/api/auth/applicant/bankid/start')
      .send({ municipality: municipality.slug, flow: 'same_device' })
      .expect(200);
    expect(started.body.launchUrl).toBe(
      `/bankid-simulator/?autostarttoken=${started.body.autoStartToken}&redirect=null`,
    );

    const pending = await request(url).get('/bankid-simulator/app/orders').expect(200);
    const order = pending.body.items.find((item: { visibleText: string }) =>
      item.visibleText.includes(municipality.name),
    );
    expect(order.visibleText).toBe(`Logga in i e-tjänsten för ekonomiskt bistånd hos ${municipality.name}.`);
    // The page's "scan now" button goes through the same QR code check as a scanned code.
    await request(url).post(`/bankid-simulator/app/orders/${order.orderRef}/scan`).send({}).expect(200);
    await request(url)
      .post(`/bankid-simulator/app/orders/${order.orderRef}/approve`)
      .send({ personalNumber: applicant.personnummer })
      .expect(200);

    const complete = await browser.post(`/api/auth/applicant/bankid/${started.body.id}/collect`).expect(200);
    expect(complete.body.me).toMatchObject({ id: applicant.id });
    await browser.get('/api/auth/me').expect(200);
  });

  it('keeps the simulator out of the OpenAPI document and answers its errors in the RP API format', async () => {
    const document = await request(url).get('/api/openapi.json').expect(200);
    expect(Object.keys(document.body.paths).some((path) => path.includes('bankid-simulator'))).toBe(false);
    expect(document.body.paths['/api/auth/applicant/bankid/{id}/collect'].post.operationId).toBe('collectBankIdLogin');
    const wrong = await request(url).post('/bankid-simulator/rp/v6.0/collect').send({ orderRef: 'nope' }).expect(400);
    expect(wrong.body).toEqual({ errorCode: 'invalidParameters', details: 'No such order' });
  });
});
