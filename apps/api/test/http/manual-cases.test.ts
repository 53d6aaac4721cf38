import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, caseEvents, cases } from '../../src/db/schema/index.js';
import {
  createApplicant,
  createMunicipality,
  createStaff,
  TEST_PASSWORD,
  validApplication,
} from '../helpers/fixtures.js';
import { loginApplicant, loginStaff } from '../helpers/login.js';
import { binary, pdfText } from '../helpers/pdf.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
/** Our own data folder, to see which objects the file store holds. */
const dataDir = mkdtempSync(path.join(tmpdir(), 'ebistans-manual-cases-'));

beforeAll(async () => {
  t = await createTestApp({ DATA_DIR: dataDir });
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every object the file store holds for the municipality's cases. */
function storedCaseFiles(municipalityId: string) {
  const directory = path.join(dataDir, 'files', 'cases', municipalityId);
  return existsSync(directory)
    ? readdirSync(directory, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
    : [];
}

async function municipalityWithCaseworker() {
  const municipality = await createMunicipality(t.database.db);
  const applicant = await createApplicant(t.database.db, municipality.id);
  const member = await createStaff(t.database.db, municipality.id);
  const caseworker = await loginStaff(t.app, member, TEST_PASSWORD);
  return { municipality, applicant, member, caseworker };
}

const dashed = (personnummer: string) => `${personnummer.slice(2, 8)}-${personnummer.slice(8)}`;

describe('manual cases', () => {
  it('finds the applicant by personnummer in any usual form, and audit-logs the lookup', async () => {
    const { applicant, member, caseworker } = await municipalityWithCaseworker();
    const found = await caseworker
      .post('/api/staff/manual-cases/applicant-search')
      .send({ personnummer: dashed(applicant.personnummer) })
      .expect(200);
    expect(found.body).toEqual({
      id: applicant.id,
      personnummer: applicant.personnummer,
      name: `${applicant.givenName} ${applicant.familyName}`,
      deactivated: false,
    });
    const missing = await caseworker
      .post('/api/staff/manual-cases/applicant-search')
      .send({ personnummer: '191212121212' })
      .expect(404);
    expect(missing.body.type).toBe('urn:ebistans:problem:not-found');
    const entries = await t.database.db
      .select({ action: auditLog.action, entityId: auditLog.entityId })
      .from(auditLog)
      .where(eq(auditLog.actorId, member.id));
    expect(entries).toEqual([{ action: 'applicant.lookup', entityId: applicant.id }]);
  });

  it('registers a paper application as a case with the next number, its channel, an event and an audit entry', async () => {
    const { municipality, applicant, member, caseworker } = await municipalityWithCaseworker();
    const registered = await caseworker
      .post('/api/staff/manual-cases')
      .send({ ...validApplication(), applicantId: applicant.id, channel: 'paper' })
      .expect(201);
    expect(registered.body).toMatchObject({ status: 'submitted', caseNumber: `${new Date().getFullYear()}-000001` });
    const caseId = registered.body.id as string;

    const [stored] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(stored).toMatchObject({ channel: 'paper', applicantId: applicant.id, isTest: false, status: 'submitted' });
    expect(stored?.dueAt).not.toBeNull();
    const events = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
    expect(events).toMatchObject([
      { type: 'registered', actorKind: 'staff', actorId: member.id, data: { channel: 'paper' } },
    ]);
    const [entry] = await t.database.db
      .select({ action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(eq(auditLog.entityId, caseId));
    expect(entry).toEqual({
      action: 'case.register',
      details: { channel: 'paper', caseNumber: registered.body.caseNumber },
    });

    // It behaves like any other case: in the inbox, and in the applicant's own list.
    const inbox = await caseworker.get('/api/staff/cases').query({ tab: 'all' }).expect(200);
    expect(inbox.body.items.map((item: { id: string }) => item.id)).toContain(caseId);
    await caseworker.get(`/api/staff/cases/${caseId}`).expect(200);
    const own = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
    const mine = await own.get('/api/applicant/cases').expect(200);
    expect(mine.body.items.map((item: { id: string }) => item.id)).toEqual([caseId]);

    const next = await caseworker
      .post('/api/staff/manual-cases')
      .send({ ...validApplication(), applicantId: applicant.id, channel: 'phone' })
      .expect(201);
    expect(next.body.caseNumber).toBe(`${new Date().getFullYear()}-000002`);
  });

  it('stores the application PDF at registration, saying how it came in and who registered it', async () => {
    const { municipality, applicant, member, caseworker } = await municipalityWithCaseworker();
    const registered = await caseworker
      .post('/api/staff/manual-cases')
      .send({ ...validApplication(), applicantId: applicant.id, channel: 'paper' })
      .expect(201);
    const caseId = registered.body.id as string;
    const response = await caseworker.get(`/api/staff/cases/${caseId}/pdf`).buffer(true).parse(binary).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const { text } = await pdfText(response.body as Buffer);
    expect(text).toContain(`Ärende ${registered.body.caseNumber}`);
    expect(text).toContain(`${applicant.givenName} ${applicant.familyName}`);
    expect(text).toContain('Kommunala Bostäder AB');
    expect(text).toContain('Registrerad');
    expect(text).toContain(`Ansökan kom in på papper och registrerades av ${member.displayName}`);
    // The scans come later: every receipt the answers call for is listed as missing.
    expect(text).toContain('Saknas');
    expect(storedCaseFiles(municipality.id)).toHaveLength(1);

    // The applicant gets the same PDF from their own case.
    const own = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
    await own.get(`/api/applicant/cases/${caseId}/pdf`).buffer(true).parse(binary).expect(200);

    const byPhone = await caseworker
      .post('/api/staff/manual-cases')
      .send({ ...validApplication(), applicantId: applicant.id, channel: 'phone' })
      .expect(201);
    const phonePdf = await caseworker
      .get(`/api/staff/cases/${byPhone.body.id}/pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((await pdfText(phonePdf.body as Buffer)).text).toContain(
      `Ansökan togs emot per telefon och registrerades av ${member.displayName}`,
    );
  });

  it('leaves no case behind when the PDF cannot be stored', async () => {
    const broken = await createTestApp({
      S3_BUCKET: 'ebistans',
      S3_ENDPOINT: 'http://127.0.0.1:9',
      S3_ACCESS_KEY_ID: 'test',
      S3_SECRET_ACCESS_KEY: 'testtesttest',
      S3_FORCE_PATH_STYLE: 'true',
    });
    try {
      const municipality = await createMunicipality(broken.database.db);
      const applicant = await createApplicant(broken.database.db, municipality.id);
      const caseworker = await loginStaff(
        broken.app,
        await createStaff(broken.database.db, municipality.id),
        TEST_PASSWORD,
      );
      const response = await caseworker
        .post('/api/staff/manual-cases')
        .send({ ...validApplication(), applicantId: applicant.id, channel: 'paper' })
        .expect(500);
      expect(response.body.type).toBe('urn:ebistans:problem:internal');
      const [stored] = await broken.database.db.select({ n: count() }).from(cases);
      expect(stored?.n).toBe(0);
    } finally {
      await broken.close();
    }
  });

  it('checks the answers exactly as a submission does; a refused registration leaves no case and no PDF', async () => {
    const { municipality, applicant, caseworker } = await municipalityWithCaseworker();
    const refused = await caseworker
      .post('/api/staff/manual-cases')
      .send({ ...validApplication({ period: 'förra året' }), applicantId: applicant.id, channel: 'paper' })
      .expect(422);
    expect(refused.body.type).toBe('urn:ebistans:problem:invalid-form');
    expect(refused.body.errors.length).toBeGreaterThan(0);
    await caseworker
      .post('/api/staff/manual-cases')
      .send({ ...validApplication(), formVersion: 1, applicantId: applicant.id, channel: 'paper' })
      .expect(422);
    await caseworker
      .post('/api/staff/manual-cases')
      .send({ ...validApplication(), applicantId: applicant.id, channel: 'web' })
      .expect(400);
    expect(await t.database.db.select().from(cases).where(eq(cases.applicantId, applicant.id))).toEqual([]);
    expect(storedCaseFiles(municipality.id)).toEqual([]);
  });

  it("refuses another municipality's applicant (404) and restricted caseworkers (403)", async () => {
    const { applicant } = await municipalityWithCaseworker();
    const elsewhere = await municipalityWithCaseworker();
    await elsewhere.caseworker
      .post('/api/staff/manual-cases')
      .send({ ...validApplication(), applicantId: applicant.id, channel: 'paper' })
      .expect(404);
    await elsewhere.caseworker
      .post('/api/staff/manual-cases/applicant-search')
      .send({ personnummer: applicant.personnummer })
      .expect(404);
    const restricted = await loginStaff(
      t.app,
      await createStaff(t.database.db, applicant.municipalityId, { restricted: true }),
      TEST_PASSWORD,
    );
    await restricted
      .post('/api/staff/manual-cases')
      .send({ ...validApplication(), applicantId: applicant.id, channel: 'paper' })
      .expect(403);
  });
});
