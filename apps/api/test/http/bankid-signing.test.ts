import { eq } from 'drizzle-orm';
import { formatMonth } from '@ebistans/schema';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bankIdSignatures, cases } from '../../src/db/schema/index.js';
import { answersDigest } from '../../src/lib/answers-digest.js';
import { startBankIdSimulator, type RunningSimulator } from '../helpers/bankid-simulator.js';
import { approveOnPhone, loginWithBankId } from '../helpers/bankid-login.js';
import {
  createApplicant,
  createMunicipality,
  TEST_PASSWORD,
  TEST_PERIOD,
  validApplication,
} from '../helpers/fixtures.js';
import { loginApplicant } from '../helpers/login.js';
import { binary, pdfText } from '../helpers/pdf.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let simulator: RunningSimulator;
let t: TestApp;
let municipality: Awaited<ReturnType<typeof createMunicipality>>;

beforeAll(async () => {
  simulator = await startBankIdSimulator();
  t = await createTestApp({ BANKID_URL: simulator.rpUrl });
  municipality = await createMunicipality(t.database.db, 'Signeringskommun');
});
afterAll(async () => {
  await t.close();
  await simulator.close();
});

const application = validApplication();
type Agent = ReturnType<typeof request.agent>;

async function bankIdApplicant() {
  const applicant = await createApplicant(t.database.db, municipality.id);
  return { applicant, agent: await loginWithBankId(t.app, simulator, applicant, municipality.slug) };
}

const startSigning = (agent: Agent, answers = application) =>
  agent.post('/api/applicant/signatures/start').send({ ...answers, flow: 'other_device' });

/** Starts a signing of the answers and approves it in the app; returns the signature id. */
async function sign(agent: Agent, personnummer: string, answers = application): Promise<string> {
  const started = await startSigning(agent, answers).expect(200);
  await approveOnPhone(simulator, started.body.qrData as string, personnummer);
  const collected = await agent.post(`/api/applicant/signatures/${started.body.id}/collect`).expect(200);
  expect(collected.body.status).toBe('complete');
  return started.body.id as string;
}

const submit = (agent: Agent, body: object) => agent.post('/api/applicant/applications').send(body);

describe('signing the application with BankID', () => {
  it('shows a Swedish summary in the app, signs the digest of the answers, and keeps the evidence with the case', async () => {
    const { applicant, agent } = await bankIdApplicant();
    const started = await startSigning(agent).expect(200);
    expect(started.body.qrData).toMatch(/^bankid\.[0-9a-f-]+\.0\.[0-9a-f]{64}$/);
    expect(started.body.visibleText).toContain(formatMonth(TEST_PERIOD, 'sv'));
    expect(started.body.visibleText).toContain('jag, min medsökande Kim Tolvansson och 2 barn');
    expect(started.body.visibleText).toContain('Jag intygar på heder och samvete');

    const pending = await request(simulator.url).get('/app/orders').expect(200);
    expect(pending.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'sign',
        visibleText: started.body.visibleText,
        requiredPersonalNumber: applicant.personnummer,
      }),
    );
    const waiting = await agent.post(`/api/applicant/signatures/${started.body.id}/collect`).expect(200);
    expect(waiting.body).toEqual({ status: 'pending', hintCode: 'outstandingTransaction', messageCode: 'rfa1' });

    const qr = await agent.get(`/api/applicant/signatures/${started.body.id}/qr`).expect(200);
    await approveOnPhone(simulator, qr.body.qrData as string, applicant.personnummer);
    const complete = await agent.post(`/api/applicant/signatures/${started.body.id}/collect`).expect(200);
    expect(complete.body).toMatchObject({
      status: 'complete',
      messageCode: null,
      signer: { name: 'Testa Testsson', signedAt: expect.any(String) },
    });
    // Asked again, the answer comes from what was stored: BankID answers a finished order only once.
    expect((await agent.post(`/api/applicant/signatures/${started.body.id}/collect`).expect(200)).body).toEqual(
      complete.body,
    );

    const created = await submit(agent, { ...application, signatureId: started.body.id }).expect(201);
    const [stored] = await t.database.db
      .select()
      .from(bankIdSignatures)
      .where(eq(bankIdSignatures.id, started.body.id as string));
    const [theCase] = await t.database.db
      .select()
      .from(cases)
      .where(eq(cases.id, created.body.id as string));
    const digest = answersDigest(theCase!.formId, theCase!.formVersion, theCase!.data);
    expect(stored).toMatchObject({
      caseId: created.body.id,
      status: 'complete',
      answersDigest: digest,
      signerPersonnummer: applicant.personnummer,
      signerName: 'Testa Testsson',
      signedAt: expect.any(Date),
      ocspResponse: expect.any(String),
    });
    const signedXml = Buffer.from(stored!.signature!, 'base64').toString('utf8');
    expect(signedXml).toContain(`<usrNonVisibleData>${Buffer.from(digest).toString('base64')}</usrNonVisibleData>`);

    const pdf = await agent.get(`/api/applicant/cases/${created.body.id}/pdf`).buffer(true).parse(binary).expect(200);
    expect((await pdfText(pdf.body as Buffer)).text).toContain('Underskriven med BankID av Testa Testsson');
  });

  it('requires a signature after a BankID login', async () => {
    const { agent } = await bankIdApplicant();
    const refused = await submit(agent, application).expect(422);
    expect(refused.body).toMatchObject({
      type: 'urn:ebistans:problem:signature-required',
      title: 'The application must be signed with BankID',
    });
    const started = await startSigning(agent).expect(200);
    const unfinished = await submit(agent, { ...application, signatureId: started.body.id }).expect(422);
    expect(unfinished.body.type).toBe('urn:ebistans:problem:signature-required');
  });

  it('refuses answers changed after signing', async () => {
    const { applicant, agent } = await bankIdApplicant();
    const signatureId = await sign(agent, applicant.personnummer);
    const tampered = { ...application, data: { ...application.data, rent: 9400 } };
    const refused = await submit(agent, { ...tampered, signatureId }).expect(422);
    expect(refused.body.type).toBe('urn:ebistans:problem:signature-mismatch');
    const [stored] = await t.database.db.select().from(cases).where(eq(cases.applicantId, applicant.id));
    expect(stored).toBeUndefined();
  });

  it('accepts the same answers sent with keys in another order', async () => {
    const { applicant, agent } = await bankIdApplicant();
    const signatureId = await sign(agent, applicant.personnummer);
    const reordered = Object.fromEntries(Object.entries(application.data).reverse());
    await submit(agent, { ...application, data: reordered, signatureId }).expect(201);
  });

  it('uses a signature for one case only', async () => {
    const { applicant, agent } = await bankIdApplicant();
    const signatureId = await sign(agent, applicant.personnummer);
    await submit(agent, { ...application, signatureId }).expect(201);
    const reused = await submit(agent, { ...application, signatureId }).expect(409);
    expect(reused.body.type).toBe('urn:ebistans:problem:signature-used');
  });

  it('keeps a concurrent double use to one case', async () => {
    const { applicant, agent } = await bankIdApplicant();
    const signatureId = await sign(agent, applicant.personnummer);
    const attempts = await Promise.all([1, 2].map(() => submit(agent, { ...application, signatureId })));
    expect(attempts.map((response) => response.status).sort()).toEqual([201, 409]);
    const stored = await t.database.db.select().from(cases).where(eq(cases.applicantId, applicant.id));
    expect(stored).toHaveLength(1);
  });

  it('does not let another applicant use, follow or cancel my signature, nor another session of mine', async () => {
    const { applicant, agent } = await bankIdApplicant();
    const signatureId = await sign(agent, applicant.personnummer);
    const pendingId = (await startSigning(agent).expect(200)).body.id as string;

    const { agent: other } = await bankIdApplicant();
    const mySecondSession = await loginWithBankId(t.app, simulator, applicant, municipality.slug);
    for (const response of [
      await submit(other, { ...application, signatureId }),
      await other.post(`/api/applicant/signatures/${signatureId}/collect`),
      await other.get(`/api/applicant/signatures/${pendingId}/qr`),
      await other.post(`/api/applicant/signatures/${pendingId}/cancel`),
      await mySecondSession.post(`/api/applicant/signatures/${pendingId}/collect`),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.type).toBe('urn:ebistans:problem:not-found');
    }
    await request(t.app.server).post(`/api/applicant/signatures/${pendingId}/collect`).expect(401);
    expect((await agent.post(`/api/applicant/signatures/${pendingId}/collect`).expect(200)).body.status).toBe(
      'pending',
    );
  });

  it('lets the applicant cancel, and a new start replaces a signing still running', async () => {
    const { agent } = await bankIdApplicant();
    const first = await startSigning(agent).expect(200);
    const second = await startSigning(agent).expect(200);
    expect((await agent.post(`/api/applicant/signatures/${first.body.id}/collect`).expect(200)).body).toMatchObject({
      status: 'failed',
      hintCode: 'cancelled',
      messageCode: 'rfa3',
    });
    await agent.post(`/api/applicant/signatures/${second.body.id}/cancel`).expect(204);
    expect((await agent.post(`/api/applicant/signatures/${second.body.id}/collect`).expect(200)).body).toMatchObject({
      status: 'failed',
      messageCode: 'rfa6',
    });
  });

  it('checks the answers before anything is signed', async () => {
    const { agent } = await bankIdApplicant();
    const invalid = await startSigning(agent, { ...application, data: { ...application.data, declaration: false } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.type).toBe('urn:ebistans:problem:invalid-form');
  });
});

describe('submitting after a password login', () => {
  it('works with the declaration alone, as before', async () => {
    const applicant = await createApplicant(t.database.db, municipality.id);
    const agent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
    const created = await submit(agent, application).expect(201);
    const pdf = await agent.get(`/api/applicant/cases/${created.body.id}/pdf`).buffer(true).parse(binary).expect(200);
    const { text } = await pdfText(pdf.body as Buffer);
    expect(text).toContain('intygade på heder och samvete');
    expect(text).not.toContain('Underskriven med BankID');
  });
});
