import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, municipalities } from '../../src/db/schema/index.js';
import { createMunicipality, createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { loginStaff } from '../helpers/login.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function adminOfNewMunicipality(settings: Record<string, unknown> = {}) {
  const municipality = await createMunicipality(t.database.db);
  await t.database.db.update(municipalities).set({ settings }).where(eq(municipalities.id, municipality.id));
  const member = await createStaff(t.database.db, municipality.id, { role: 'admin' });
  return { municipality, member, admin: await loginStaff(t.app, member, TEST_PASSWORD) };
}

const defaults = {
  emailFrom: null,
  functionMailbox: null,
  applicant: {
    caseSubmitted: { email: true, sms: true },
    statusChanged: { email: true, sms: true },
    messageFromCaseworker: { email: true, sms: true },
    supplementRequested: { email: true, sms: true },
    supplementReminder: { email: true, sms: true },
    decisionRecorded: { email: true, sms: true },
    caseClosed: { email: true, sms: true },
  },
  staff: {
    caseSubmitted: true,
    assigned: true,
    messageFromApplicant: true,
    supplementSubmitted: true,
    internalNote: true,
    statusChanged: true,
    caseOverdue: true,
    // Read and download receipts are off until the municipality turns them on.
    messageRead: false,
    fileDownloaded: false,
  },
};

const changed = {
  emailFrom: 'Socialtjänsten <soc@kommun.example>',
  functionMailbox: 'ekonomiskt.bistand@kommun.example',
  applicant: {
    ...defaults.applicant,
    statusChanged: { email: true, sms: false },
    decisionRecorded: { email: false, sms: true },
  },
  staff: { ...defaults.staff, messageFromApplicant: false, assigned: false, messageRead: true },
};

describe('notification settings (admin)', () => {
  it('are on except the read and download receipts, with no sender or mailbox of its own, until the municipality saves any', async () => {
    const { admin } = await adminOfNewMunicipality();
    const response = await admin.get('/api/admin/notification-settings').expect(200);
    expect(response.body).toEqual(defaults);
  });

  it('reads what is stored leniently: a malformed field falls back to its default, the others count', async () => {
    const { admin } = await adminOfNewMunicipality({
      notifications: {
        emailFrom: 'inte en adress',
        functionMailbox: 'brevlada@kommun.example',
        applicant: { statusChanged: { sms: 'nej', email: false } },
        staff: { assigned: false, caseSubmitted: 'off' },
      },
    });
    const response = await admin.get('/api/admin/notification-settings').expect(200);
    expect(response.body).toEqual({
      ...defaults,
      functionMailbox: 'brevlada@kommun.example',
      applicant: { ...defaults.applicant, statusChanged: { email: false, sms: true } },
      staff: { ...defaults.staff, assigned: false },
    });
  });

  it('saves, reads back, keeps the other settings keys and writes an audit entry', async () => {
    const { admin, municipality, member } = await adminOfNewMunicipality({
      theme: { colour: 'blue' },
      notifications: { somethingElse: 1 },
    });
    const saved = await admin.put('/api/admin/notification-settings').send(changed).expect(200);
    expect(saved.body).toEqual(changed);
    expect((await admin.get('/api/admin/notification-settings').expect(200)).body).toEqual(changed);

    const [row] = await t.database.db
      .select({ settings: municipalities.settings })
      .from(municipalities)
      .where(eq(municipalities.id, municipality.id));
    expect(row!.settings).toEqual({ theme: { colour: 'blue' }, notifications: changed });

    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.municipalityId, municipality.id),
          eq(auditLog.action, 'municipality.notification-settings.save'),
        ),
      );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorKind: 'staff', actorId: member.id, entityId: municipality.id });
  });

  it('clears the sender and the mailbox with null, leaving them out of the stored settings', async () => {
    const { admin, municipality } = await adminOfNewMunicipality({ notifications: { emailFrom: 'a@kommun.example' } });
    await admin.put('/api/admin/notification-settings').send(defaults).expect(200);
    const [row] = await t.database.db
      .select({ settings: municipalities.settings })
      .from(municipalities)
      .where(eq(municipalities.id, municipality.id));
    expect(row!.settings.notifications).not.toHaveProperty('emailFrom');
    expect((await admin.get('/api/admin/notification-settings').expect(200)).body).toEqual(defaults);
  });

  it('refuses a bad address with a field error in Swedish, and saves nothing', async () => {
    const { admin } = await adminOfNewMunicipality();
    const response = await admin
      .put('/api/admin/notification-settings')
      .send({ ...changed, emailFrom: 'Socialtjänsten <inte-en-adress>', functionMailbox: 'brevlåda' })
      .expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.type).toBe('urn:ebistans:problem:validation');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'emailFrom', code: 'email_invalid', message: expect.stringMatching(/e-postadress/i) },
        { path: 'functionMailbox', code: 'email_invalid', message: expect.stringMatching(/e-postadress/i) },
      ]),
    );
    expect((await admin.get('/api/admin/notification-settings').expect(200)).body).toEqual(defaults);
  });

  it('refuses a missing switch', async () => {
    const { admin } = await adminOfNewMunicipality();
    const { staff: _, ...withoutStaff } = changed;
    await admin.put('/api/admin/notification-settings').send(withoutStaff).expect(400);
  });

  it('is for admins only', async () => {
    const { municipality } = await adminOfNewMunicipality();
    const caseworker = await loginStaff(t.app, await createStaff(t.database.db, municipality.id), TEST_PASSWORD);
    await caseworker.get('/api/admin/notification-settings').expect(403);
    await caseworker.put('/api/admin/notification-settings').send(changed).expect(403);
  });
});
