import { Writable } from 'node:stream';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplicant, createMunicipality, TEST_PASSWORD } from '../helpers/fixtures.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const logLines: string[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(chunk.toString());
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOG_LEVEL: 'info' }, { logStream });
});
afterAll(() => t.close());

describe('API conventions', () => {
  it('answers unknown API paths with a 404 problem carrying the request id', async () => {
    const response = await request(t.app.server).get('/api/no-such-thing').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toEqual({
      type: 'urn:ebistans:problem:not-found',
      title: 'Not found',
      status: 404,
      requestId: response.headers['x-request-id'],
    });
  });

  it('keeps a well-formed incoming request id and replaces a malformed one', async () => {
    const kept = await request(t.app.server).get('/api/health/live').set('x-request-id', 'lb-0123456789');
    expect(kept.headers['x-request-id']).toBe('lb-0123456789');
    const replaced = await request(t.app.server).get('/api/health/live').set('x-request-id', 'bad id with spaces');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('turns malformed JSON and wrong content types into problems', async () => {
    const malformed = await request(t.app.server)
      .post('/api/auth/staff/login')
      .set('content-type', 'application/json')
      .send('{"username":')
      .expect(400);
    expect(malformed.body.type).toBe('urn:ebistans:problem:bad-request');
    const wrongType = await request(t.app.server)
      .post('/api/auth/staff/login')
      .set('content-type', 'application/x-www-form-urlencoded')
      .send('username=x')
      .expect(415);
    expect(wrongType.body.type).toBe('urn:ebistans:problem:unsupported-media-type');
  });

  it('lists field errors for a body that fails its schema', async () => {
    const response = await request(t.app.server).post('/api/auth/staff/login').send({ username: '' }).expect(400);
    expect(response.body.type).toBe('urn:ebistans:problem:validation');
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['password', 'username']);
  });

  it('serves the OpenAPI 3.1 document and a browsable page', async () => {
    const document = await request(t.app.server).get('/api/openapi.json').expect(200);
    expect(document.body.openapi).toBe('3.1.0');
    expect(document.body.paths['/api/applicant/applications'].post.operationId).toBe('submitApplication');
    const page = await request(t.app.server).get('/api/docs/').expect(200);
    expect(page.text).toMatch(/swagger/i);
  });

  it('logs the request id with each line and no personal data from a login', async () => {
    const municipality = await createMunicipality(t.database.db);
    const applicant = await createApplicant(t.database.db, municipality.id);
    logLines.length = 0;
    const response = await request(t.app.server)
      .post('/api/auth/applicant/login')
      .send({ municipality: municipality.slug, personnummer: applicant.personnummer, password: TEST_PASSWORD })
      .expect(200);
    const text = logLines.join('');
    expect(text).toContain(`"reqId":"${String(response.headers['x-request-id'])}"`);
    expect(text).not.toContain(applicant.personnummer);
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain(applicant.mobile!);
    expect(text).not.toContain(applicant.familyName);
  });
});

describe('health', () => {
  it('is live and ready when database and file store answer', async () => {
    await request(t.app.server).get('/api/health/live').expect(200, { status: 'ok' });
    await request(t.app.server)
      .get('/api/health/ready')
      .expect(200, { status: 'ok', checks: { database: 'ok', fileStore: 'ok' } });
  });

  it('is not ready when the file store is unusable', async () => {
    const blocker = path.join(tmpdir(), `ebistans-not-a-dir-${process.pid}`);
    writeFileSync(blocker, 'a file where the data folder should be');
    const broken = await createTestApp({ DATA_DIR: blocker });
    try {
      const response = await request(broken.app.server).get('/api/health/ready').expect(503);
      expect(response.body).toMatchObject({
        type: 'urn:ebistans:problem:unavailable',
        detail: 'Not ready: file store',
      });
    } finally {
      await broken.close();
    }
  });
});
