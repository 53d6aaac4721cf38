import { startElksSimulator, type ElksSimulator } from '@ebistans/testing/elks-simulator';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplicant, createMunicipality, createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let elks: ElksSimulator;

beforeAll(async () => {
  elks = await startElksSimulator();
  t = await createTestApp({
    SMS_PROVIDER: '46elks',
    ELKS_API_URL: elks.url,
    ELKS_USERNAME: elks.username,
    ELKS_PASSWORD: elks.password,
    SMS_FROM: 'Ekbistand',
  });
});
afterAll(async () => {
  await t.close();
  await elks.close();
});

describe('login when the SMS gateway is down', () => {
  it('answers 503 sms-unavailable in Swedish to an applicant, and works again once the gateway is back', async () => {
    const municipality = await createMunicipality(t.database.db);
    const applicant = await createApplicant(t.database.db, municipality.id);
    const credentials = {
      municipality: municipality.slug,
      personnummer: applicant.personnummer,
      password: TEST_PASSWORD,
    };

    elks.failNext(1, 503);
    const refused = await request(t.app.server).post('/api/auth/applicant/login').send(credentials).expect(503);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      type: 'urn:ebistans:problem:sms-unavailable',
      status: 503,
      detail: 'Det gick inte att skicka engångskoden med sms just nu. Försök igen om en stund.',
    });
    // Nothing about the gateway's own answer reaches the person.
    expect(JSON.stringify(refused.body)).not.toContain('46elks');

    const retried = await request(t.app.server).post('/api/auth/applicant/login').send(credentials).expect(200);
    expect(retried.body.channel).toBe('sms');
    expect(elks.messages.at(-1)?.to).toBe(`+46${applicant.mobile!.slice(1)}`);
  });

  it('answers a caseworker the same when the gateway fails with a server error', async () => {
    const municipality = await createMunicipality(t.database.db);
    const member = await createStaff(t.database.db, municipality.id);
    elks.failNext(1, 500);
    const refused = await request(t.app.server)
      .post('/api/auth/staff/login')
      .send({ username: member.username, password: TEST_PASSWORD })
      .expect(503);
    expect(refused.body.type).toBe('urn:ebistans:problem:sms-unavailable');
  });
});
