import { count } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONTHLY_APPLICATION_FORM_ID, exampleMonthlyApplication } from '@ebistans/schema';
import { cases, drafts } from '../../src/db/schema/index.js';
import { createMunicipality, TEST_PERIOD } from '../helpers/fixtures.js';
import { binary, pdfText } from '../helpers/pdf.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('printing an application without logging in', () => {
  it('gives a PDF with the answers and signature lines, and stores nothing', async () => {
    const municipality = await createMunicipality(t.database.db);
    const response = await request(t.app.server)
      .post('/api/public/print')
      .send({
        municipality: municipality.slug,
        formId: MONTHLY_APPLICATION_FORM_ID,
        formVersion: 2,
        data: exampleMonthlyApplication(TEST_PERIOD),
      })
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['cache-control']).toBe('private, no-store');
    const { text: flat } = await pdfText(response.body as Buffer);
    expect(flat).toContain(municipality.name);
    expect(flat).toContain('Kim Tolvansson');
    expect(flat).toContain('Namnförtydligande');

    const [caseCount] = await t.database.db.select({ n: count() }).from(cases);
    const [draftCount] = await t.database.db.select({ n: count() }).from(drafts);
    expect([caseCount?.n, draftCount?.n]).toEqual([0, 0]);
  });

  it('explains what is wrong in a form that is not complete', async () => {
    const municipality = await createMunicipality(t.database.db);
    const response = await request(t.app.server)
      .post('/api/public/print')
      .send({
        municipality: municipality.slug,
        formId: MONTHLY_APPLICATION_FORM_ID,
        formVersion: 2,
        data: { period: TEST_PERIOD },
      })
      .expect(422);
    expect(response.body.type).toBe('urn:ebistans:problem:invalid-form');
    expect(response.body.errors[0]).toMatchObject({
      path: 'hasChanges',
      code: 'choose_one',
      message: 'Välj ett av alternativen.',
    });
  });

  it('answers 404 for a municipality that does not use the service', async () => {
    const response = await request(t.app.server)
      .post('/api/public/print')
      .send({ municipality: 'ingenstans', formId: MONTHLY_APPLICATION_FORM_ID, formVersion: 2, data: {} })
      .expect(404);
    expect(response.body.type).toBe('urn:ebistans:problem:not-found');
  });
});
