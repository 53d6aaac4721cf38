import { parseIdentityNumber } from '@ebistans/schema';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicants, auditLog, cases, sessions } from '../../src/db/schema/index.js';
import { createMunicipality, createStaff, TEST_PASSWORD, validApplication } from '../helpers/fixtures.js';
import { loginStaff } from '../helpers/login.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('test mode ("Prova e-tjänsten")', () => {
  it('logs the browser in as the caseworker’s own test applicant, whose cases are test cases', async () => {
    const municipality = await createMunicipality(t.database.db);
    const member = await createStaff(t.database.db, municipality.id);
    const browser = await loginStaff(t.app, member, TEST_PASSWORD);

    const started = await browser.post('/api/staff/test-mode').expect(200);
    expect(started.body.redirectTo).toBe('/');
    const me = await browser.get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({
      kind: 'applicant',
      id: started.body.applicantId,
      municipality: { id: municipality.id },
      testMode: true,
    });
    expect(me.body.displayName).toBe(`Testperson ${member.displayName}`);

    // One cookie for both apps: the staff session is over, revoked rather than left alive without it.
    await browser.get('/api/staff/cases').expect(403);
    const staffSessions = await t.database.db.select().from(sessions).where(eq(sessions.staffId, member.id));
    expect(staffSessions.map((session) => session.revokedAt !== null)).toEqual([true]);

    const [testApplicant] = await t.database.db
      .select()
      .from(applicants)
      .where(eq(applicants.id, started.body.applicantId as string));
    expect(testApplicant?.testOwnerStaffId).toBe(member.id);
    expect(testApplicant?.personnummer.startsWith('1800')).toBe(true);
    expect(parseIdentityNumber(testApplicant!.personnummer)?.normalized).toBe(testApplicant!.personnummer);

    const submitted = await browser.post('/api/applicant/applications').send(validApplication()).expect(201);
    const [stored] = await t.database.db
      .select()
      .from(cases)
      .where(eq(cases.id, submitted.body.id as string));
    expect(stored?.isTest).toBe(true);

    const entries = await t.database.db
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.actorId, member.id), eq(auditLog.action, 'test-mode.start')));
    expect(entries).toEqual([{ entityId: started.body.applicantId }]);

    // Back as staff, the same test applicant again: it is made once.
    const again = await loginStaff(t.app, member, TEST_PASSWORD);
    const second = await again.post('/api/staff/test-mode').expect(200);
    expect(second.body.applicantId).toBe(started.body.applicantId);
    const mine = await again.get('/api/applicant/cases').expect(200);
    expect(mine.body.items.map((item: { id: string }) => item.id)).toEqual([submitted.body.id]);
  });

  it('gives each caseworker their own test applicant, and is for municipality staff only', async () => {
    const municipality = await createMunicipality(t.database.db);
    const [first, second] = await Promise.all([
      createStaff(t.database.db, municipality.id),
      createStaff(t.database.db, municipality.id),
    ]);
    const one = await (await loginStaff(t.app, first, TEST_PASSWORD)).post('/api/staff/test-mode').expect(200);
    const two = await (await loginStaff(t.app, second, TEST_PASSWORD)).post('/api/staff/test-mode').expect(200);
    expect(one.body.applicantId).not.toBe(two.body.applicantId);

    const operator = await loginStaff(
      t.app,
      await createStaff(t.database.db, null, { role: 'operator' }),
      TEST_PASSWORD,
    );
    await operator.post('/api/staff/test-mode').expect(403);
    await operator.get('/api/auth/me').expect(200);
  });

  it('does not offer the test applicant when registering a case on paper', async () => {
    const municipality = await createMunicipality(t.database.db);
    const member = await createStaff(t.database.db, municipality.id);
    const started = await (await loginStaff(t.app, member, TEST_PASSWORD)).post('/api/staff/test-mode').expect(200);
    const [testApplicant] = await t.database.db
      .select()
      .from(applicants)
      .where(eq(applicants.id, started.body.applicantId as string));
    const caseworker = await loginStaff(t.app, member, TEST_PASSWORD);
    await caseworker
      .post('/api/staff/manual-cases/applicant-search')
      .send({ personnummer: testApplicant!.personnummer })
      .expect(404);
  });
});
