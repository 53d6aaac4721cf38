import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { samplePng } from '@ebistans/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments, caseEvents, cases } from '../../../apps/api/src/db/schema/index.js';
import { submittedCaseWithCaseworker } from '../../../apps/api/test/helpers/cases.js';
import { validApplication } from '../../../apps/api/test/helpers/fixtures.js';
import { createIntegrationClient } from '../../../apps/api/test/helpers/integration-clients.js';
import { multipartBody } from '../../../apps/api/test/helpers/multipart.js';
import { createTestApp, type TestApp } from '../../../apps/api/test/helpers/test-app.js';
import {
  runOnce,
  start,
  type CaseRecord,
  type SimulatorEvent,
  type SimulatorState,
  type SimulatorOptions,
} from '../src/index.js';

let t: TestApp;
let baseUrl: string;
const folders: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  // The simulator talks HTTP, as a case system would.
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await t.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const year = new Date().getFullYear();

/** A submitted case with one file from the applicant, a case system's credentials and an empty folder. */
async function setUp() {
  const arranged = await submittedCaseWithCaseworker(t);
  const png = samplePng();
  const receipt = multipartBody([
    { name: 'category', value: 'salary_slip' },
    { name: 'file', filename: 'lönespec.png', content: png },
  ]);
  await arranged.agent
    .post(`/api/applicant/cases/${arranged.caseId}/attachments`)
    .set('content-type', receipt.contentType)
    .send(receipt.body)
    .expect(201);
  const credentials = await createIntegrationClient(t.database.db, arranged.municipality.id, [
    'cases:read',
    'cases:write',
  ]);
  const folder = mkdtempSync(path.join(tmpdir(), 'case-system-'));
  folders.push(folder);
  const options: SimulatorOptions = { baseUrl, ...credentials, folder };
  const [stored] = await t.database.db.select().from(cases).where(eq(cases.id, arranged.caseId));
  const submitAnother = async () =>
    (await arranged.agent.post('/api/applicant/applications').send(validApplication()).expect(201)).body
      .caseNumber as string;
  return { ...arranged, png, options, folder, caseNumber: stored!.caseNumber, submitAnother };
}

async function storedCase(caseId: string) {
  const [found] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
  return found!;
}

async function eventCount(caseId: string, type: (typeof caseEvents.$inferSelect)['type']) {
  const events = await t.database.db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.type, type)));
  return events.length;
}

const readJson = <T = unknown>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

describe('the case-system simulator', () => {
  it('saves a new case with its PDF and files, acknowledges and numbers it, and a second run does nothing new', async () => {
    const { options, folder, caseId, caseNumber, png, submitAnother } = await setUp();

    expect(await runOnce(options)).toEqual({ received: [caseNumber], decided: [] });

    const caseFolder = path.join(folder, caseNumber);
    expect(readJson(path.join(caseFolder, 'case.json'))).toMatchObject({
      id: caseId,
      caseNumber,
      status: 'submitted',
      attachments: [{ fileName: 'lönespec.png', category: 'salary_slip' }],
    });
    expect(readFileSync(path.join(caseFolder, 'ansokan.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(path.join(caseFolder, 'bilagor'))).toEqual(['01-lönespec.png']);
    expect(Buffer.compare(readFileSync(path.join(caseFolder, 'bilagor', '01-lönespec.png')), png)).toBe(0);

    const stored = await storedCase(caseId);
    expect(stored.takenOverAt).not.toBeNull();
    expect(stored.externalCaseNumber).toBe(`VIVA-${year}-0001`);
    expect(await eventCount(caseId, 'handed_over')).toBe(1);
    expect(readJson<SimulatorState>(path.join(folder, 'simulator.json'))).toEqual({
      cursor: expect.any(String),
      lastNumber: 1,
    });

    // The case is back in the feed (we changed it), but the cursor moved past it: nothing is done again.
    expect(await runOnce(options)).toEqual({ received: [], decided: [] });
    expect(await eventCount(caseId, 'handed_over')).toBe(1);
    expect(await eventCount(caseId, 'external_case_number_set')).toBe(1);

    // A restart reads on from the stored cursor and gives the next number.
    const next = await submitAnother();
    expect(await runOnce(options)).toEqual({ received: [next], decided: [] });
    expect(readJson(path.join(folder, next, 'arende.json'))).toMatchObject({ externalCaseNumber: `VIVA-${year}-0002` });
    expect(readdirSync(folder).sort()).toEqual([caseNumber, next, 'simulator.json'].sort());
  });

  it('after a crash between saving and acknowledging, the next run finishes the case once', async () => {
    const { options, folder, caseId, caseNumber } = await setUp();
    const crashAfterSaving = (event: SimulatorEvent) => {
      if (event.type === 'saved') throw new Error('power cut');
    };

    await expect(runOnce({ ...options, onEvent: crashAfterSaving })).rejects.toThrow('power cut');
    const halfway = readJson<CaseRecord>(path.join(folder, caseNumber, 'arende.json'));
    expect(halfway).toMatchObject({ savedAt: expect.any(String), acknowledgedAt: null, numberedAt: null });
    expect((await storedCase(caseId)).takenOverAt).toBeNull();
    expect(readJson<SimulatorState>(path.join(folder, 'simulator.json')).cursor).toBeNull();

    expect(await runOnce(options)).toEqual({ received: [caseNumber], decided: [] });
    const stored = await storedCase(caseId);
    expect(stored.takenOverAt).not.toBeNull();
    expect(stored.externalCaseNumber).toBe(halfway.externalCaseNumber);
    expect(await eventCount(caseId, 'handed_over')).toBe(1);
    expect(await eventCount(caseId, 'external_case_number_set')).toBe(1);
    expect(readdirSync(folder).sort()).toEqual([caseNumber, 'simulator.json']);
    expect(readdirSync(path.join(folder, caseNumber, 'bilagor'))).toEqual(['01-lönespec.png']);
  });

  it('decides a received case with its own letter, which the applicant gets; a crash between upload and decision doubles nothing', async () => {
    const { options, folder, caseId, caseNumber, agent } = await setUp();
    // Without a time to decide after, the simulator only receives.
    expect(await runOnce(options)).toEqual({ received: [caseNumber], decided: [] });

    const deciding = { ...options, decideAfterSeconds: 0, amount: 7_250 };
    const crashAfterUpload = (event: SimulatorEvent) => {
      if (event.type === 'letter-uploaded') throw new Error('power cut');
    };
    await expect(runOnce({ ...deciding, onEvent: crashAfterUpload })).rejects.toThrow('power cut');
    expect((await storedCase(caseId)).status).toBe('submitted');

    expect(await runOnce(deciding)).toEqual({ received: [], decided: [caseNumber] });
    const record = readJson<CaseRecord>(path.join(folder, caseNumber, 'arende.json'));
    const stored = await storedCase(caseId);
    expect(record.decision).toMatchObject({ outcome: 'bifall', amount: 7_250, decidedAt: expect.any(String) });
    expect(stored.status).toBe('decided');
    const documents = await t.database.db
      .select()
      .from(attachments)
      .where(and(eq(attachments.caseId, caseId), eq(attachments.uploadedByKind, 'integration')));
    expect(documents.map((document) => document.id)).toEqual([record.decision!.documentId]);

    // The applicant sees the decision for the month applied for, and the letter is the case system's own.
    const mine = await agent.get(`/api/applicant/cases/${caseId}/decision`).expect(200);
    expect(mine.body.decision).toMatchObject({ outcome: 'bifall', amount: 7_250 });
    const letter = await agent
      .get(`/api/applicant/cases/${caseId}/decision.pdf`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(letter.body as Buffer, readFileSync(path.join(folder, caseNumber, 'beslut.pdf')))).toBe(0);

    // Decided cases are left alone from then on.
    expect(await runOnce(deciding)).toEqual({ received: [], decided: [] });
    expect(await eventCount(caseId, 'decision_recorded')).toBe(1);
  });

  it('keeps polling when started, deciding each case as it comes, until stopped', async () => {
    const { options, caseId, caseNumber, submitAnother } = await setUp();
    const decided: string[] = [];
    let onDecided: (() => void) | undefined;
    const running = start({
      ...options,
      decideAfterSeconds: 0,
      pollIntervalSeconds: 0.05,
      onEvent: (event) => {
        if (event.type !== 'decided') return;
        decided.push(event.caseNumber);
        onDecided?.();
      },
      onError: (error) => {
        throw error;
      },
    });
    const decidedCount = (count: number) =>
      new Promise<void>((resolve) => {
        onDecided = () => decided.length >= count && resolve();
        onDecided();
      });
    await decidedCount(1);
    // A case submitted while it runs is picked up by a later poll.
    const next = await submitAnother();
    await decidedCount(2);
    await running.stop();
    expect(decided).toEqual([caseNumber, next]);
    expect((await storedCase(caseId)).status).toBe('decided');
  });
});
