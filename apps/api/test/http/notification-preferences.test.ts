import { startElksSimulator, type ElksSimulator } from '@ebistans/testing/elks-simulator';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicants, auditLog, municipalities } from '../../src/db/schema/index.js';
import { applicantTemplates } from '../../src/modules/notifications/templates/index.js';
import {
  createApplicant,
  createMunicipality,
  createStaff,
  TEST_PASSWORD,
  validApplication,
} from '../helpers/fixtures.js';
import { startSmtpServer } from '../helpers/smtp-server.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

const PUBLIC_URL = 'https://ebistans.kommun.example';
const PATH = '/api/applicant/notification-preferences';

let t: TestApp;
let elks: ElksSimulator;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  elks = await startElksSimulator();
  smtp = await startSmtpServer();
  t = await createTestApp({
    PUBLIC_URL,
    SMTP_URL: smtp.url(),
    MAIL_FROM: 'Ekonomiskt bistånd <noreply@ebistans.kommun.example>',
    SMS_PROVIDER: '46elks',
    ELKS_API_URL: elks.url,
    ELKS_USERNAME: elks.username,
    ELKS_PASSWORD: elks.password,
    SMS_FROM: 'Ekbistand',
    NOTIFICATION_RETRY_DELAY_SECONDS: '1',
  });
});
afterAll(async () => {
  await t.close();
  await elks.close();
  await smtp.stop();
});

/** 46elks gets every number in E.164; the fixtures' numbers are Swedish ones as people type them (07…). */
const e164 = (mobile: string) => (mobile.startsWith('+') ? mobile : `+46${mobile.slice(1)}`);

/** The two-step login, with the one-time code read from the gateway as the person would read it on their phone. */
async function logIn(kind: 'applicant' | 'staff', credentials: object, mobile: string) {
  const agent = request.agent(t.app.server);
  const started = await agent.post(`/api/auth/${kind}/login`).send(credentials).expect(200);
  const sms = elks.messages.findLast((message) => message.to === e164(mobile));
  const code = /\b(\d{6})\b/.exec(sms?.message ?? '')?.[1];
  if (!code) throw new Error('No one-time code reached the gateway');
  await agent.post(`/api/auth/${kind}/verify`).send({ challengeId: started.body.challengeId, code }).expect(200);
  return agent;
}

let addresses = 0;

/** A logged-in applicant with a mobile number (for the login codes) and, unless told otherwise, an e-mail address. */
async function loggedInApplicant(
  options: { municipality?: Awaited<ReturnType<typeof createMunicipality>>; email?: boolean } = {},
) {
  const municipality = options.municipality ?? (await createMunicipality(t.database.db));
  const created = await createApplicant(t.database.db, municipality.id);
  const email = options.email === false ? null : `val${++addresses}@example.se`;
  await t.database.db.update(applicants).set({ email }).where(eq(applicants.id, created.id));
  const applicant = { ...created, mobile: created.mobile!, email };
  const agent = await logIn(
    'applicant',
    { municipality: municipality.slug, personnummer: applicant.personnummer, password: TEST_PASSWORD },
    applicant.mobile,
  );
  return { municipality, applicant, agent };
}

const storedApplicant = async (id: string) =>
  (await t.database.db.select().from(applicants).where(eq(applicants.id, id)))[0]!;

const setMunicipalitySettings = (municipalityId: string, settings: Record<string, unknown>) =>
  t.database.db.update(municipalities).set({ settings }).where(eq(municipalities.id, municipalityId));

const preferences = (overrides: object = {}) => ({
  email: 'ny.adress@example.se',
  mobile: '070-111 22 33',
  notifyByEmail: true,
  notifyBySms: true,
  language: 'sv',
  ...overrides,
});

type Problem = { type: string; errors?: { path: string; code: string; message: string }[] };
const errorsByPath = (body: Problem) => Object.fromEntries((body.errors ?? []).map((item) => [item.path, item]));

describe('my notification preferences', () => {
  it('shows the defaults: both channels on, Swedish, and what the municipality sends on', async () => {
    const { agent, applicant } = await loggedInApplicant();
    const response = await agent.get(PATH).expect(200);
    expect(response.body).toEqual({
      email: applicant.email,
      mobile: applicant.mobile,
      notifyByEmail: true,
      notifyBySms: true,
      language: 'sv',
      protectedIdentity: false,
      confirmedAt: null,
      municipalityOffers: { email: true, sms: true },
    });
  });

  it('tells a channel the municipality sends nothing on from one it uses for some event', async () => {
    const { agent, municipality } = await loggedInApplicant();
    const allOff = Object.fromEntries(
      [
        'caseSubmitted',
        'statusChanged',
        'messageFromCaseworker',
        'supplementRequested',
        'supplementReminder',
        'decisionRecorded',
        'caseClosed',
      ].map((key) => [key, { email: key === 'caseClosed', sms: false }]),
    );
    await setMunicipalitySettings(municipality.id, { notifications: { applicant: allOff } });
    const response = await agent.get(PATH).expect(200);
    expect(response.body.municipalityOffers).toEqual({ email: true, sms: false });
  });

  it('saves the choices, normalises the mobile number to +46, audit-logs the change and sends login codes there', async () => {
    const { agent, applicant, municipality } = await loggedInApplicant();
    const saved = await agent
      .put(PATH)
      .send(preferences({ mobile: '070-111 22 33', notifyByEmail: false, language: 'en' }))
      .expect(200);
    expect(saved.body).toMatchObject({
      email: 'ny.adress@example.se',
      mobile: '+46701112233',
      notifyByEmail: false,
      notifyBySms: true,
      language: 'en',
    });
    expect((await agent.get(PATH).expect(200)).body).toEqual(saved.body);
    expect(await storedApplicant(applicant.id)).toMatchObject({
      mobile: '+46701112233',
      email: 'ny.adress@example.se',
      notifyByEmail: false,
      notificationLanguage: 'en',
    });

    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.entityId, applicant.id), eq(auditLog.action, 'applicant.notification-preferences.update')),
      );
    expect(entry).toMatchObject({ actorKind: 'applicant', actorId: applicant.id, municipalityId: municipality.id });
    expect(entry!.details).toMatchObject({ changed: expect.arrayContaining(['mobile', 'email', 'notifyByEmail']) });
    // Which fields changed, never the new number or address.
    expect(JSON.stringify(entry!.details)).not.toMatch(/0701112233|\+46701112233|ny\.adress/);

    // The next login's one-time code goes to the new number.
    const before = elks.messages.length;
    await logIn(
      'applicant',
      { municipality: municipality.slug, personnummer: applicant.personnummer, password: TEST_PASSWORD },
      '+46701112233',
    );
    expect(elks.messages.slice(before).map((sms) => sms.to)).toEqual(['+46701112233']);
  });

  it('refuses a malformed address or a number that is no mobile number, with Swedish field errors, and keeps the old ones', async () => {
    const { agent, applicant } = await loggedInApplicant();
    const response = await agent
      .put(PATH)
      .send(preferences({ email: 'inte-en-adress', mobile: '08-123 456 78' }))
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toBe('urn:ebistans:problem:validation');
    const byPath = errorsByPath(response.body as Problem);
    expect(byPath.email).toMatchObject({ code: 'email_invalid', message: 'Ange en e-postadress som namn@exempel.se.' });
    expect(byPath.mobile).toMatchObject({ code: 'phone_invalid' });
    expect(byPath.mobile!.message).toMatch(/^Ange ett telefonnummer/);
    expect(await storedApplicant(applicant.id)).toMatchObject({ email: applicant.email, mobile: applicant.mobile });
  });

  it('asks for an address for a channel kept on, and will not remove the number that gets the login codes', async () => {
    const { agent, applicant } = await loggedInApplicant({ email: false });
    const missing = await agent
      .put(PATH)
      .send(preferences({ email: '', mobile: null }))
      .expect(422);
    const byPath = errorsByPath(missing.body as Problem);
    expect(byPath.email).toMatchObject({
      code: 'email_needed_for_email',
      message: 'Fyll i din e-postadress, eller kryssa ur E-post.',
    });
    expect(byPath.mobile).toMatchObject({ code: 'mobile_needed_for_login' });
    expect(await storedApplicant(applicant.id)).toMatchObject({ mobile: applicant.mobile, notifyByEmail: true });

    // With e-mail turned off instead, the same save without an address goes through.
    const saved = await agent
      .put(PATH)
      .send(preferences({ email: '', mobile: applicant.mobile, notifyByEmail: false }))
      .expect(200);
    expect(saved.body).toMatchObject({ email: null, notifyByEmail: false });
  });

  it('lets an applicant without a password login remove the mobile number once SMS is off', async () => {
    const { agent, applicant } = await loggedInApplicant();
    // As after a BankID or code-list login: no password, so no one-time codes by SMS.
    await t.database.db.update(applicants).set({ passwordHash: null }).where(eq(applicants.id, applicant.id));
    const refused = await agent
      .put(PATH)
      .send(preferences({ mobile: '' }))
      .expect(422);
    expect(errorsByPath(refused.body as Problem).mobile).toMatchObject({ code: 'mobile_needed_for_sms' });
    await agent
      .put(PATH)
      .send(preferences({ mobile: '', notifyBySms: false }))
      .expect(200);
    expect(await storedApplicant(applicant.id)).toMatchObject({ mobile: null, notifyBySms: false });
  });

  it('confirms a protected identity only when asked to, and keeps the confirmation on a later save', async () => {
    const { agent, applicant } = await loggedInApplicant();
    await t.database.db.update(applicants).set({ protectedIdentity: true }).where(eq(applicants.id, applicant.id));

    const unconfirmed = await agent.put(PATH).send(preferences()).expect(200);
    expect(unconfirmed.body).toMatchObject({ protectedIdentity: true, confirmedAt: null });

    const confirmed = await agent
      .put(PATH)
      .send(preferences({ confirmProtectedIdentity: true }))
      .expect(200);
    expect(Date.parse(confirmed.body.confirmedAt as string)).toBeGreaterThan(Date.now() - 60_000);

    const later = await agent
      .put(PATH)
      .send(preferences({ language: 'en' }))
      .expect(200);
    expect(later.body.confirmedAt).toBe(confirmed.body.confirmedAt);
  });

  it('records no confirmation for an applicant without a protected identity', async () => {
    const { agent, applicant } = await loggedInApplicant();
    const saved = await agent
      .put(PATH)
      .send(preferences({ confirmProtectedIdentity: true }))
      .expect(200);
    expect(saved.body.confirmedAt).toBeNull();
    expect((await storedApplicant(applicant.id)).notificationsConfirmedAt).toBeNull();
  });

  it('reads and changes only the logged-in applicant’s own preferences', async () => {
    const first = await loggedInApplicant();
    const second = await loggedInApplicant({ municipality: first.municipality });
    await first.agent
      .put(PATH)
      .send(preferences({ email: 'forsta@example.se', language: 'en' }))
      .expect(200);

    expect((await second.agent.get(PATH).expect(200)).body).toMatchObject({
      email: second.applicant.email,
      mobile: second.applicant.mobile,
      language: 'sv',
    });
    expect(await storedApplicant(second.applicant.id)).toMatchObject({
      email: second.applicant.email,
      notificationLanguage: 'sv',
    });
  });

  it('is for logged-in applicants only: staff get 403, anyone else 401', async () => {
    const municipality = await createMunicipality(t.database.db);
    const member = await createStaff(t.database.db, municipality.id, { role: 'admin' });
    const staff = await logIn('staff', { username: member.username, password: TEST_PASSWORD }, member.mobile!);
    await staff.get(PATH).expect(403);
    await staff.put(PATH).send(preferences()).expect(403);
    await request(t.app.server).get(PATH).expect(401);
    await request(t.app.server).put(PATH).send(preferences()).expect(401);
  });
});

describe('notifications follow the applicant’s choices', () => {
  /** A submitted case of a logged-in applicant and a logged-in caseworker of the same municipality. */
  async function submittedCase() {
    const { municipality, applicant, agent } = await loggedInApplicant();
    const application = await agent.post('/api/applicant/applications').send(validApplication()).expect(201);
    const member = await createStaff(t.database.db, municipality.id);
    const caseworker = await logIn('staff', { username: member.username, password: TEST_PASSWORD }, member.mobile!);
    return {
      municipality,
      applicant: { ...applicant, email: applicant.email! },
      agent,
      caseworker,
      caseId: application.body.id as string,
    };
  }

  /** Waits until every applicant notification job of the case is done, so a message would have arrived. */
  async function settled(caseId: string) {
    const until = Date.now() + 30_000;
    for (;;) {
      const { rows } = await t.database.executeSql(
        "select state from pgboss.job where name = 'applicant-notifications' and data->>'caseId' = $1",
        [caseId],
      );
      const states = (rows as { state: string }[]).map((row) => row.state);
      if (states.length > 0 && states.every((state) => state === 'completed')) return;
      if (Date.now() > until) throw new Error(`Jobs not done: ${states.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  type Setup = Awaited<ReturnType<typeof submittedCase>>;

  const changeStatus = (setup: Setup) =>
    setup.caseworker.post(`/api/staff/cases/${setup.caseId}/status`).send({ status: 'in_progress' }).expect(200);

  /** What reached the applicant's mailbox and phone for the caseworker's action (by default, a status change). */
  async function news(setup: Setup, { act = changeStatus, mobile = setup.applicant.mobile } = {}) {
    await settled(setup.caseId); // the receipt of the submission and any earlier news
    const emailsBefore = smtp.received.length;
    const smsBefore = elks.messages.length;
    await act(setup);
    await settled(setup.caseId);
    return {
      emails: smtp.received.slice(emailsBefore).filter((email) => email.envelopeTo.includes(setup.applicant.email)),
      sms: elks.messages.slice(smsBefore).filter((sms) => sms.to === e164(mobile)),
    };
  }

  const keep = (setup: Setup, overrides: object = {}) =>
    preferences({ email: setup.applicant.email, mobile: setup.applicant.mobile, ...overrides });

  it('sends on both channels by default, in Swedish', async () => {
    const setup = await submittedCase();
    const { emails, sms } = await news(setup);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.mail.subject).toBe(`Ny information från ${setup.municipality.name}`);
    expect(sms).toHaveLength(1);
  });

  it('sends no e-mail but still the SMS when the applicant turned e-mail off', async () => {
    const setup = await submittedCase();
    await setup.agent
      .put(PATH)
      .send(keep(setup, { notifyByEmail: false }))
      .expect(200);
    const { emails, sms } = await news(setup);
    expect(emails).toEqual([]);
    expect(sms).toHaveLength(1);
  });

  it('sends nothing on a channel the municipality turned off, although the applicant has it on', async () => {
    const setup = await submittedCase();
    await setMunicipalitySettings(setup.municipality.id, {
      notifications: { applicant: { statusChanged: { email: false, sms: false } } },
    });
    await setup.agent.put(PATH).send(keep(setup)).expect(200);
    const { emails, sms } = await news(setup);
    expect(emails).toEqual([]);
    expect(sms).toEqual([]);
  });

  it('writes in English to an applicant who chose English, to the number as saved', async () => {
    const setup = await submittedCase();
    await setup.agent
      .put(PATH)
      .send(keep(setup, { mobile: '0701234560', language: 'en' }))
      .expect(200);
    const { emails, sms } = await news(setup, { mobile: '+46701234560' });
    const english = applicantTemplates['status-changed'].en({
      municipalityName: setup.municipality.name,
      loginUrl: `${PUBLIC_URL}/kommun/${setup.municipality.slug}`,
    });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.mail.subject).toBe(english.subject);
    expect(emails[0]!.mail.text?.trim()).toBe(english.text);
    expect(sms.map((item) => item.message)).toEqual([english.sms]);
  });

  it('tells a protected identity nothing until they confirm, and then on their channels', async () => {
    const setup = await submittedCase();
    await t.database.db
      .update(applicants)
      .set({ protectedIdentity: true })
      .where(eq(applicants.id, setup.applicant.id));
    await setup.agent.put(PATH).send(keep(setup)).expect(200);
    const unconfirmed = await news(setup);
    expect(unconfirmed.emails).toEqual([]);
    expect(unconfirmed.sms).toEqual([]);

    await setup.agent
      .put(PATH)
      .send(keep(setup, { confirmProtectedIdentity: true }))
      .expect(200);
    const confirmed = await news(setup, {
      act: (done) =>
        done.caseworker.post(`/api/staff/cases/${done.caseId}/messages`).send({ body: 'Hej!' }).expect(201),
    });
    expect(confirmed.emails).toHaveLength(1);
    expect(confirmed.sms).toHaveLength(1);
  });
});
