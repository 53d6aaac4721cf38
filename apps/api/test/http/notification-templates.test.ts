import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicants, auditLog, municipalities, staff } from '../../src/db/schema/index.js';
import { createMunicipality, createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { loginStaff } from '../helpers/login.js';
import { startSmtpServer } from '../helpers/smtp-server.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { waitFor } from '../helpers/wait-for.js';

const PUBLIC_URL = 'https://ebistans.kommun.example';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({
    PUBLIC_URL,
    SMTP_URL: smtp.url(),
    MAIL_FROM: 'noreply@ebistans.kommun.example',
    NOTIFICATION_RETRY_DELAY_SECONDS: '1',
  });
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

async function adminOfNewMunicipality() {
  const municipality = await createMunicipality(t.database.db);
  const member = await createStaff(t.database.db, municipality.id, { role: 'admin' });
  return { municipality, member, admin: await loginStaff(t.app, member, TEST_PASSWORD) };
}

const own = {
  subject: 'Nytt från {kommun}',
  text: 'Hej!\n\nDu har fått något nytt från {kommun}.\n\nLogga in här: {länk}',
  sms: 'Nytt från {kommun}. Logga in: {länk}',
};
const ownStaff = { subject: 'Nytt i e-tjänsten', text: 'Något har hänt i ett ärende hos {kommun}: {länk}' };

describe('notification texts (admin)', () => {
  it('are the built-in ones, with the placeholders, until the municipality writes its own', async () => {
    const { admin } = await adminOfNewMunicipality();
    const { body } = await admin.get('/api/admin/notification-templates').expect(200);
    expect(Object.keys(body.applicant)).toHaveLength(7);
    expect(Object.keys(body.staff)).toHaveLength(9);
    expect(body.applicant.statusChanged.sv).toEqual({
      standard: {
        subject: 'Ny information från {kommun}',
        text: expect.stringContaining('Logga in för att läsa den: {länk}'),
        sms: 'Det finns ny information i dina ärendehändelser hos {kommun}. Logga in för att läsa den: {länk}',
      },
      custom: null,
    });
    expect(body.applicant.caseSubmitted.en.standard.subject).toBe('Your application has reached {kommun}');
    expect(body.staff.internalNote.sv).toEqual({
      standard: {
        subject: 'Ny intern anteckning i ett ärende',
        text: expect.stringContaining('Öppna ärendet (du loggar in först): {länk}'),
      },
      custom: null,
    });
  });

  it('saves the municipality’s own, reads them back, keeps the other settings, and writes an audit entry', async () => {
    const { admin, municipality, member } = await adminOfNewMunicipality();
    await t.database.db
      .update(municipalities)
      .set({ settings: { theme: 'blå', notifications: { functionMailbox: 'brevlada@kommun.example' } } })
      .where(eq(municipalities.id, municipality.id));
    const saved = await admin
      .put('/api/admin/notification-templates')
      .send({ applicant: { statusChanged: { en: own } }, staff: { internalNote: { sv: ownStaff } } })
      .expect(200);
    expect(saved.body.applicant.statusChanged.en.custom).toEqual(own);
    expect(saved.body.applicant.statusChanged.sv.custom).toBeNull();
    expect(saved.body.staff.internalNote.sv.custom).toEqual(ownStaff);
    expect((await admin.get('/api/admin/notification-templates').expect(200)).body).toEqual(saved.body);

    const settings = await admin.get('/api/admin/notification-settings').expect(200);
    expect(settings.body.functionMailbox).toBe('brevlada@kommun.example');
    // Saving the other settings leaves the texts alone.
    await admin.put('/api/admin/notification-settings').send(settings.body).expect(200);
    const [row] = await t.database.db
      .select({ settings: municipalities.settings })
      .from(municipalities)
      .where(eq(municipalities.id, municipality.id));
    expect(row!.settings).toMatchObject({
      theme: 'blå',
      notifications: {
        functionMailbox: 'brevlada@kommun.example',
        templates: { applicant: { statusChanged: { en: own } }, staff: { internalNote: { sv: ownStaff } } },
      },
    });

    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.municipalityId, municipality.id),
          eq(auditLog.action, 'municipality.notification-templates.save'),
        ),
      );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorKind: 'staff', actorId: member.id, entityId: municipality.id });
  });

  it('goes back to the built-in text for what is left out', async () => {
    const { admin } = await adminOfNewMunicipality();
    await admin
      .put('/api/admin/notification-templates')
      .send({ applicant: { statusChanged: { sv: own } }, staff: {} })
      .expect(200);
    const reset = await admin.put('/api/admin/notification-templates').send({ applicant: {}, staff: {} }).expect(200);
    expect(reset.body.applicant.statusChanged.sv.custom).toBeNull();
  });

  it('refuses digits, other placeholders and a text without the link, with field errors in Swedish', async () => {
    const { admin } = await adminOfNewMunicipality();
    const response = await admin
      .put('/api/admin/notification-templates')
      .send({
        applicant: {
          statusChanged: { sv: { ...own, subject: 'Beslut om 5 000 kronor' } },
          caseClosed: { en: { ...own, text: 'Hej {namn}! {länk}' } },
          decisionRecorded: { sv: { ...own, sms: 'Logga in hos {kommun}' } },
        },
        staff: { assigned: { sv: { ...ownStaff, text: '' } } },
      })
      .expect(400);
    expect(response.body.type).toBe('urn:ebistans:problem:validation');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        {
          path: 'applicant.statusChanged.sv.subject',
          code: 'template_digits',
          message: expect.stringMatching(/siffror/),
        },
        {
          path: 'applicant.caseClosed.en.text',
          code: 'template_placeholder_unknown',
          message: expect.stringContaining('{kommun} och {länk}'),
        },
        { path: 'applicant.decisionRecorded.sv.sms', code: 'template_link_missing', message: expect.any(String) },
        { path: 'staff.assigned.sv.text', code: 'required', message: expect.any(String) },
      ]),
    );
    const after = await admin.get('/api/admin/notification-templates').expect(200);
    expect(after.body.applicant.statusChanged.sv.custom).toBeNull();
  });

  it('refuses an SMS that does not fit one part with this municipality’s name and link (422)', async () => {
    const { admin } = await adminOfNewMunicipality();
    // 140 characters as written; the real link alone is longer than the placeholder by far.
    const sms = `${'Det finns något nytt för dig att läsa. '.repeat(3).slice(0, 126)} Logga in: {länk}`;
    const response = await admin
      .put('/api/admin/notification-templates')
      .send({ applicant: { statusChanged: { sv: { ...own, sms } } }, staff: {} })
      .expect(422);
    expect(response.body.errors).toEqual([
      { path: 'applicant.statusChanged.sv.sms', code: 'sms_too_long', message: expect.stringMatching(/160 tecken/) },
    ]);
  });

  it('is for admins only', async () => {
    const { municipality } = await adminOfNewMunicipality();
    const caseworker = await loginStaff(t.app, await createStaff(t.database.db, municipality.id), TEST_PASSWORD);
    await caseworker.get('/api/admin/notification-templates').expect(403);
    await caseworker.put('/api/admin/notification-templates').send({ applicant: {}, staff: {} }).expect(403);
  });
});

describe('the municipality’s own texts in delivery', () => {
  it('are what its applicants and staff receive, while another municipality keeps the built-in ones', async () => {
    const ours = await submittedCaseWithCaseworker(t);
    const theirs = await submittedCaseWithCaseworker(t);
    const admin = await loginStaff(
      t.app,
      await createStaff(t.database.db, ours.municipality.id, { role: 'admin' }),
      TEST_PASSWORD,
    );
    await admin
      .put('/api/admin/notification-templates')
      .send({ applicant: { statusChanged: { sv: own } }, staff: { statusChanged: { sv: ownStaff } } })
      .expect(200);

    for (const [index, setup] of [ours, theirs].entries()) {
      const applicantEmail = `egen-text-sokande${index}@example.se`;
      await t.database.db
        .update(applicants)
        .set({ email: applicantEmail })
        .where(eq(applicants.id, setup.applicant.id));
      // A colleague on the case hears of the status change the caseworker makes.
      const colleague = await createStaff(t.database.db, setup.municipality.id);
      await t.database.db
        .update(staff)
        .set({ email: `egen-text-kollega${index}@kommun.example` })
        .where(eq(staff.id, colleague.id));
      await setup.caseworker
        .put(`/api/staff/cases/${setup.caseId}/assignees`)
        .send({ staffIds: [setup.member.id, colleague.id] })
        .expect(200);
      await setup.caseworker
        .post(`/api/staff/cases/${setup.caseId}/status`)
        .send({ status: 'in_progress' })
        .expect(200);
    }

    const mailTo = (address: string, subject: string) =>
      waitFor(() =>
        smtp.received.find((email) => email.envelopeTo.includes(address) && email.mail.subject === subject),
      );
    const ourMail = await mailTo('egen-text-sokande0@example.se', `Nytt från ${ours.municipality.name}`);
    expect(ourMail.mail.text?.trim()).toBe(
      `Hej!\n\nDu har fått något nytt från ${ours.municipality.name}.\n\nLogga in här: ${PUBLIC_URL}/kommun/${ours.municipality.slug}`,
    );
    const ourStaffMail = await mailTo('egen-text-kollega0@kommun.example', 'Nytt i e-tjänsten');
    expect(ourStaffMail.mail.text).toContain(
      `Något har hänt i ett ärende hos ${ours.municipality.name}: ${PUBLIC_URL}/handlaggare/arenden/${ours.caseId}`,
    );
    await mailTo('egen-text-sokande1@example.se', `Ny information från ${theirs.municipality.name}`);
    await mailTo('egen-text-kollega1@kommun.example', 'Ett ärende har fått ny status');
  });
});
