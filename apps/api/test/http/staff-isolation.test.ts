import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import {
  createMunicipality,
  createStaff,
  TEST_PASSWORD,
  testPersonnummer,
  validApplication,
} from '../helpers/fixtures.js';
import { createIntegrationClient } from '../helpers/integration-clients.js';
import { webhookDeliveries, webhookSubscriptions } from '../../src/db/schema/index.js';
import { loginStaff } from '../helpers/login.js';
import { multipartBody, type Part } from '../helpers/multipart.js';
import { samplePng } from '@ebistans/testing';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import {
  applicantKeys,
  staffKeys,
  type NotificationSettings,
} from '../../src/modules/notifications/notification-settings.js';
import type { NotificationTemplates } from '../../src/modules/notifications/notification-templates.js';

/**
 * Every staff route, with what keeps other people out of it. A route under /api/staff/ or /api/admin/ that
 * is missing here fails the first test, so no new staff endpoint goes without its isolation check.
 *
 * - `case`: about one case. A caseworker of another municipality and a restricted caseworker the case
 *   is not assigned to get 404, as if it did not exist.
 * - `applicant`: about one applicant's account. Another municipality's caseworker and a restricted
 *   caseworker with none of the applicant's cases assigned get 404.
 * - `applicants`: the applicant register; another municipality's and a restricted caseworker's searches
 *   leave the applicant out, and restricted caseworkers cannot create accounts (403).
 * - `cases`: the inbox list; another municipality's and a restricted caseworker's lists leave the case out.
 * - `colleagues`: the staff directory; another municipality's list leaves our staff out.
 * - `audit`: the audit log; another municipality's shows none of our entries, restricted caseworkers get 403.
 * - `registration`: registering a paper or phone application for one applicant. Another municipality's
 *   caseworker gets 404; restricted caseworkers get 403 (a case they registered would be out of their sight).
 * - `self`: the caller's own settings; nobody else's data is involved.
 * - `admin`: an admin's work on a colleague's account. Caseworkers, restricted or not, get 403; an admin
 *   of another municipality gets 404. It answers an admin of the case's municipality, not its caseworker.
 * - `municipality-admin`: an admin's settings for their own municipality, which the route takes from the
 *   session, never from the request. Caseworkers, restricted or not, get 403; an admin of another
 *   municipality gets their own municipality's settings, never ours.
 * - `admin-list`: an admin's list of their municipality's own things (failed notifications, API clients), or
 *   a new one of them. Caseworkers, restricted or not, get 403; an admin of another municipality gets their
 *   own list, without our case or API client.
 *   Retrying one of the items is `admin`: an admin of another municipality gets 404.
 * - `selection`: a mailing's or a bulk status change's chosen cases. Cases out of the caller's sight are
 *   not selected: another municipality's and a restricted caseworker's preview counts none, their mailing
 *   finds no recipient (422) and their status change changes nothing (per case `not-found`).
 * - `mailing`: one mailing ({mailingId}, made by the case's caseworker) or the list of them. Another
 *   municipality's caseworker and a restricted caseworker who did not make it get 404, or a list without it.
 *
 * Applicants get 403 and anonymous callers 401 on every one of them.
 */
type Scope =
  | 'case'
  | 'applicant'
  | 'applicants'
  | 'registration'
  | 'cases'
  | 'colleagues'
  | 'audit'
  | 'self'
  | 'admin'
  | 'admin-list'
  | 'municipality-admin'
  | 'selection'
  | 'mailing';

interface StaffRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As in the OpenAPI document; {caseId}, {attachmentId}, {applicantId} and {staffId} are filled in. */
  path: string;
  scope: Scope;
  /** {caseId}, {applicantId} and {personnummer} in its strings are filled in too. */
  body?: Record<string, unknown>;
  /** Sent as multipart/form-data instead of a JSON body. */
  multipart?: Part[];
  /** What the case's own caseworker gets: proof that the refusals are not a broken request. */
  ok: number;
}

/** Settings an admin saves, with a sender of their own that nobody else's settings have. */
const on = { email: true, sms: true };
const notificationSettings = {
  emailFrom: 'Socialtjänsten <soc@kommun.example>',
  functionMailbox: null,
  applicant: Object.fromEntries(applicantKeys.map((key) => [key, on])),
  staff: Object.fromEntries(staffKeys.map((key) => [key, true])),
};
const notificationTemplates = {
  applicant: {
    statusChanged: { sv: { subject: 'Nytt från {kommun}', text: 'Logga in: {länk}', sms: 'Logga in: {länk}' } },
  },
  staff: {},
};

/** What our admin saves on a `municipality-admin` route, and how to tell it in what another admin reads. */
const municipalityAdminSaves: Record<string, { body: Record<string, unknown>; isOurs: (read: unknown) => boolean }> = {
  '/api/admin/notification-settings': {
    body: notificationSettings,
    isOurs: (read) => (read as NotificationSettings).emailFrom !== null,
  },
  '/api/admin/notification-templates': {
    body: notificationTemplates,
    isOurs: (read) => (read as NotificationTemplates).applicant.statusChanged.sv.custom !== null,
  },
};

const staffRoutes: StaffRoute[] = [
  { method: 'GET', path: '/api/staff/cases', scope: 'cases', ok: 200 },
  { method: 'GET', path: '/api/staff/cases/{caseId}', scope: 'case', ok: 200 },
  { method: 'GET', path: '/api/staff/cases/{caseId}/pdf', scope: 'case', ok: 200 },
  { method: 'GET', path: '/api/staff/cases/{caseId}/events', scope: 'case', ok: 200 },
  {
    method: 'PUT',
    path: '/api/staff/cases/{caseId}/answers',
    scope: 'case',
    body: { data: validApplication({ rent: 7600 }).data, reason: 'Hyran enligt hyresavin' },
    ok: 200,
  },
  { method: 'GET', path: '/api/staff/cases/{caseId}/answers/edits', scope: 'case', ok: 200 },
  { method: 'GET', path: '/api/staff/cases/{caseId}/changes', scope: 'case', ok: 200 },
  { method: 'GET', path: '/api/staff/cases/{caseId}/notes', scope: 'case', ok: 200 },
  { method: 'POST', path: '/api/staff/cases/{caseId}/notes', scope: 'case', body: { body: 'Notering' }, ok: 201 },
  { method: 'GET', path: '/api/staff/cases/{caseId}/messages', scope: 'case', ok: 200 },
  { method: 'POST', path: '/api/staff/cases/{caseId}/messages', scope: 'case', body: { body: 'Hej' }, ok: 201 },
  { method: 'GET', path: '/api/staff/cases/{caseId}/supplements', scope: 'case', ok: 200 },
  {
    method: 'POST',
    path: '/api/staff/cases/{caseId}/supplement-requests',
    scope: 'case',
    body: { message: 'Skicka hyresavin.', dueDate: '2026-12-05', receiptCategories: [] },
    ok: 201,
  },
  { method: 'GET', path: '/api/staff/cases/{caseId}/attachments', scope: 'case', ok: 200 },
  { method: 'GET', path: '/api/staff/cases/{caseId}/attachments/{attachmentId}/content', scope: 'case', ok: 200 },
  { method: 'GET', path: '/api/staff/cases/{caseId}/documents', scope: 'case', ok: 200 },
  {
    method: 'POST',
    path: '/api/staff/cases/{caseId}/documents',
    scope: 'case',
    multipart: [{ name: 'file', filename: 'brev.png', content: samplePng() }],
    ok: 201,
  },
  { method: 'POST', path: '/api/staff/cases/{caseId}/take', scope: 'case', ok: 200 },
  { method: 'PUT', path: '/api/staff/cases/{caseId}/assignees', scope: 'case', body: { staffIds: [] }, ok: 200 },
  { method: 'DELETE', path: '/api/staff/cases/{caseId}/assignees/me', scope: 'case', ok: 204 },
  { method: 'POST', path: '/api/staff/cases/{caseId}/status', scope: 'case', body: { status: 'in_progress' }, ok: 200 },
  { method: 'PUT', path: '/api/staff/cases/{caseId}/colour', scope: 'case', body: { colour: 'red' }, ok: 200 },
  {
    method: 'PUT',
    path: '/api/staff/cases/{caseId}/external-case-number',
    scope: 'case',
    body: { externalCaseNumber: 'K-1' },
    ok: 200,
  },
  { method: 'PUT', path: '/api/staff/cases/{caseId}/flag', scope: 'case', ok: 204 },
  { method: 'DELETE', path: '/api/staff/cases/{caseId}/flag', scope: 'case', ok: 204 },
  // Handed over and straight back, so the routes after it still find an active case.
  { method: 'POST', path: '/api/staff/cases/{caseId}/hand-over', scope: 'case', ok: 200 },
  { method: 'DELETE', path: '/api/staff/cases/{caseId}/hand-over', scope: 'case', ok: 200 },
  // The case is being handled, so its own caseworker gets the rule's 409, not a deletion.
  { method: 'DELETE', path: '/api/staff/cases/{caseId}', scope: 'case', ok: 409 },
  // Deciding ends the handling, so it comes after every route that needs an undecided case.
  { method: 'GET', path: '/api/staff/cases/{caseId}/decision-proposal', scope: 'case', ok: 200 },
  {
    method: 'POST',
    path: '/api/staff/cases/{caseId}/decision',
    scope: 'case',
    body: {
      outcome: 'avslag',
      amount: null,
      motivation: 'Inkomsterna räcker till försörjningen.',
      costs: [],
      incomes: [],
      hindrances: { applicant: 'none', coApplicant: 'none' },
    },
    ok: 201,
  },
  { method: 'GET', path: '/api/staff/cases/{caseId}/decision.pdf', scope: 'case', ok: 200 },
  { method: 'POST', path: '/api/staff/applicants/{applicantId}/code-list', scope: 'applicant', ok: 201 },
  { method: 'POST', path: '/api/staff/applicants/{applicantId}/unlock', scope: 'applicant', ok: 204 },
  { method: 'GET', path: '/api/staff/applicants', scope: 'applicants', ok: 200 },
  { method: 'POST', path: '/api/staff/applicants', scope: 'applicants', body: newApplicant(), ok: 201 },
  { method: 'GET', path: '/api/staff/applicants/{applicantId}', scope: 'applicant', ok: 200 },
  { method: 'POST', path: '/api/staff/applicants/{applicantId}/password', scope: 'applicant', ok: 200 },
  { method: 'POST', path: '/api/staff/applicants/{applicantId}/code-list/pdf', scope: 'applicant', ok: 200 },
  { method: 'GET', path: '/api/staff/applicants/{applicantId}/messages', scope: 'applicant', ok: 200 },
  {
    method: 'POST',
    path: '/api/staff/applicants/{applicantId}/messages',
    scope: 'applicant',
    body: { body: 'Hej' },
    ok: 201,
  },
  // Deactivated and straight back, so the applicant can still log in for the other routes.
  { method: 'POST', path: '/api/staff/applicants/{applicantId}/deactivate', scope: 'applicant', ok: 204 },
  { method: 'POST', path: '/api/staff/applicants/{applicantId}/reactivate', scope: 'applicant', ok: 204 },
  {
    method: 'POST',
    path: '/api/staff/manual-cases/applicant-search',
    scope: 'registration',
    body: { personnummer: '{personnummer}' },
    ok: 200,
  },
  {
    method: 'POST',
    path: '/api/staff/manual-cases',
    scope: 'registration',
    body: { ...validApplication(), applicantId: '{applicantId}', channel: 'paper' },
    ok: 201,
  },
  { method: 'GET', path: '/api/staff/colleagues', scope: 'colleagues', ok: 200 },
  { method: 'GET', path: '/api/staff/audit-log', scope: 'audit', ok: 200 },
  { method: 'GET', path: '/api/staff/me/list-settings', scope: 'self', ok: 200 },
  {
    method: 'PUT',
    path: '/api/staff/me/list-settings',
    scope: 'self',
    body: {
      columns: ['caseNumber'],
      sort: 'caseNumber',
      order: 'asc',
      pageSize: 25,
      openInNewTab: false,
      showAssigneeAs: 'name',
    },
    ok: 200,
  },
  { method: 'POST', path: '/api/admin/staff/{staffId}/unlock', scope: 'admin', ok: 204 },
  { method: 'POST', path: '/api/admin/staff/{staffId}/code-list', scope: 'admin', ok: 201 },
  { method: 'GET', path: '/api/admin/notification-settings', scope: 'municipality-admin', ok: 200 },
  {
    method: 'PUT',
    path: '/api/admin/notification-settings',
    scope: 'municipality-admin',
    body: notificationSettings,
    ok: 200,
  },
  { method: 'GET', path: '/api/admin/notification-templates', scope: 'municipality-admin', ok: 200 },
  {
    method: 'PUT',
    path: '/api/admin/notification-templates',
    scope: 'municipality-admin',
    body: notificationTemplates,
    ok: 200,
  },
  {
    method: 'POST',
    path: '/api/staff/mailings/preview',
    scope: 'selection',
    body: { selection: { kind: 'cases', caseIds: ['{caseId}'] }, channel: 'email' },
    ok: 200,
  },
  {
    method: 'POST',
    path: '/api/staff/mailings',
    scope: 'selection',
    body: { selection: { kind: 'cases', caseIds: ['{caseId}'] }, channel: 'sms', body: 'Kontoret är stängt.' },
    ok: 201,
  },
  { method: 'GET', path: '/api/staff/mailings', scope: 'mailing', ok: 200 },
  { method: 'GET', path: '/api/staff/mailings/{mailingId}', scope: 'mailing', ok: 200 },
  {
    method: 'POST',
    path: '/api/staff/cases/bulk-status',
    scope: 'selection',
    body: { caseIds: ['{caseId}'], status: 'in_progress', notifyApplicant: false },
    ok: 200,
  },
  { method: 'GET', path: '/api/admin/failed-notifications', scope: 'admin-list', ok: 200 },
  { method: 'POST', path: '/api/admin/failed-notifications/{jobId}/retry', scope: 'admin', ok: 204 },
  { method: 'GET', path: '/api/admin/integration-clients', scope: 'admin-list', ok: 200 },
  {
    method: 'POST',
    path: '/api/admin/integration-clients',
    scope: 'admin-list',
    body: { name: 'Verksamhetssystem', scopes: ['cases:read'] },
    ok: 201,
  },
  { method: 'POST', path: '/api/admin/integration-clients/{clientId}/rotate', scope: 'admin', ok: 200 },
  { method: 'POST', path: '/api/admin/integration-clients/{clientId}/revoke', scope: 'admin', ok: 200 },
  { method: 'GET', path: '/api/admin/webhooks', scope: 'admin-list', ok: 200 },
  {
    method: 'POST',
    path: '/api/admin/webhooks',
    scope: 'admin-list',
    body: { url: 'http://127.0.0.1:9/hook', events: ['case.submitted'] },
    ok: 201,
  },
  {
    method: 'PATCH',
    path: '/api/admin/webhooks/{subscriptionId}',
    scope: 'admin',
    body: { url: 'http://127.0.0.1:9/other-hook' },
    ok: 200,
  },
  { method: 'POST', path: '/api/admin/webhooks/{subscriptionId}/rotate-secret', scope: 'admin', ok: 200 },
  { method: 'GET', path: '/api/admin/webhooks/{subscriptionId}/deliveries', scope: 'admin', ok: 200 },
  { method: 'POST', path: '/api/admin/webhooks/deliveries/{deliveryId}/redeliver', scope: 'admin', ok: 202 },
  // After the others: it deletes the subscription they work on.
  { method: 'DELETE', path: '/api/admin/webhooks/{subscriptionId}', scope: 'admin', ok: 204 },
  // Last: it logs the caller's browser in as their test applicant, ending the staff session.
  { method: 'POST', path: '/api/staff/test-mode', scope: 'self', ok: 200 },
];

/** A new applicant for the create route: each municipality that creates it has its own register. */
function newApplicant() {
  return { personnummer: testPersonnummer(), givenName: 'Nya', familyName: 'Sökande', mobile: '0701234567' };
}

type Agent = ReturnType<typeof request.agent>;

let t: TestApp;
let ids: Record<string, string>;
let owner: Agent;
let ownerId: string;
let stranger: Agent;
let restricted: Agent;
let applicant: Agent;
let admin: Agent;
let strangerAdmin: Agent;

beforeAll(async () => {
  t = await createTestApp();
  const arranged = await submittedCaseWithCaseworker(t);
  const { body, contentType } = multipartBody([
    { name: 'category', value: 'salary_slip' },
    { name: 'file', filename: 'lönespec.png', content: samplePng() },
  ]);
  const sent = await arranged.agent
    .post(`/api/applicant/cases/${arranged.caseId}/attachments`)
    .set('content-type', contentType)
    .send(body)
    .expect(201);
  ids = {
    caseId: arranged.caseId,
    attachmentId: (sent.body.items as { id: string }[])[0]!.id,
    applicantId: arranged.applicant.id,
    personnummer: arranged.applicant.personnummer,
    staffId: arranged.member.id,
  };
  owner = arranged.caseworker;
  // A notification of the case that failed for good, as pg-boss records one after the last retry.
  const failed = await t.database.executeSql(
    `insert into pgboss.job (name, data, state, retry_limit, retry_count, completed_on, output)
     values ('applicant-notifications', $1, 'failed', 0, 0, now(), '{"message":"connect ECONNREFUSED"}')
     returning id`,
    [{ caseId: arranged.caseId, event: 'status-changed', channel: 'email' }],
  );
  ids.jobId = (failed.rows[0] as { id: string }).id;
  const mailing = await owner
    .post('/api/staff/mailings')
    .send({ selection: { kind: 'cases', caseIds: [arranged.caseId] }, channel: 'sms', body: 'Kontoret är stängt.' })
    .expect(201);
  ids.mailingId = mailing.body.id as string;
  ids.clientId = (await createIntegrationClient(t.database.db, arranged.municipality.id, ['cases:read'])).clientId;
  // Off, so that the case's events make no deliveries; the one delivery failed, for the redelivery route.
  const [webhook] = await t.database.db
    .insert(webhookSubscriptions)
    .values({
      municipalityId: arranged.municipality.id,
      url: 'http://127.0.0.1:9/hook',
      events: ['case.submitted'],
      secret: `whsec_${Buffer.alloc(32).toString('base64')}`,
      active: false,
    })
    .returning();
  ids.subscriptionId = webhook!.id;
  const [delivery] = await t.database.db
    .insert(webhookDeliveries)
    .values({
      subscriptionId: webhook!.id,
      municipalityId: arranged.municipality.id,
      eventType: 'case.submitted',
      payload: {},
      status: 'failed',
      attempts: 1,
    })
    .returning();
  ids.deliveryId = delivery!.id;
  ownerId = arranged.member.id;
  applicant = arranged.agent;
  const elsewhere = await createMunicipality(t.database.db);
  stranger = await loginStaff(t.app, await createStaff(t.database.db, elsewhere.id), TEST_PASSWORD);
  admin = await loginStaff(
    t.app,
    await createStaff(t.database.db, arranged.municipality.id, { role: 'admin' }),
    TEST_PASSWORD,
  );
  strangerAdmin = await loginStaff(
    t.app,
    await createStaff(t.database.db, elsewhere.id, { role: 'admin' }),
    TEST_PASSWORD,
  );
  restricted = await loginStaff(
    t.app,
    await createStaff(t.database.db, arranged.municipality.id, { restricted: true }),
    TEST_PASSWORD,
  );
});
afterAll(() => t.close());

const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]!);
const name = (route: StaffRoute) => `${route.method} ${route.path}`;

function call(agent: Agent | null, route: StaffRoute) {
  const client = agent ?? request(t.app.server);
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const pending = client[method](fill(route.path));
  if (route.multipart) {
    const { body, contentType } = multipartBody(route.multipart);
    return pending.set('content-type', contentType).send(body);
  }
  return route.body ? pending.send(JSON.parse(fill(JSON.stringify(route.body))) as object) : pending;
}

describe('staff route isolation', () => {
  it('covers every route under /api/staff/ and /api/admin/', () => {
    const paths = (t.app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
    const documented = Object.entries(paths)
      .filter(([path]) => path.startsWith('/api/staff/') || path.startsWith('/api/admin/'))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    expect(documented.sort()).toEqual(staffRoutes.map(name).sort());
  });

  it.each(staffRoutes.map((route) => [name(route), route] as const))('%s', async (_, route) => {
    const anonymous = await call(null, route);
    expect(anonymous.status, 'anonymous').toBe(401);
    const asApplicant = await call(applicant, route);
    expect(asApplicant.status, 'applicant').toBe(403);

    const fromStranger = await call(stranger, route);
    const fromRestricted = await call(restricted, route);
    const text = (response: { body: unknown }) => JSON.stringify(response.body);
    switch (route.scope) {
      case 'case':
        expect([fromStranger.status, fromRestricted.status], 'other municipality, restricted').toEqual([404, 404]);
        expect(fromStranger.body.type).toBe('urn:ebistans:problem:not-found');
        break;
      case 'applicant':
        expect([fromStranger.status, fromRestricted.status], 'other municipality, restricted').toEqual([404, 404]);
        break;
      case 'applicants':
        expect([fromStranger.status, fromRestricted.status]).toEqual(route.method === 'GET' ? [200, 200] : [201, 403]);
        expect(text(fromStranger)).not.toContain(ids.applicantId);
        expect(text(fromRestricted)).not.toContain(ids.applicantId);
        break;
      case 'cases':
        expect([fromStranger.status, fromRestricted.status]).toEqual([200, 200]);
        expect(text(fromStranger)).not.toContain(ids.caseId);
        expect(text(fromRestricted)).not.toContain(ids.caseId);
        break;
      case 'colleagues':
        expect(fromStranger.status).toBe(200);
        expect(text(fromStranger)).not.toContain(ownerId);
        break;
      case 'audit':
        expect([fromStranger.status, fromRestricted.status]).toEqual([200, 403]);
        expect(text(fromStranger)).not.toContain(ids.caseId);
        expect(text(fromStranger)).not.toContain(ownerId);
        break;
      case 'registration':
        expect([fromStranger.status, fromRestricted.status], 'other municipality, restricted').toEqual([404, 403]);
        break;
      case 'self':
        expect([fromStranger.status, fromRestricted.status]).toEqual([route.ok, route.ok]);
        break;
      case 'admin':
        expect([fromStranger.status, fromRestricted.status], 'caseworkers').toEqual([403, 403]);
        expect((await call(owner, route)).status, "the colleague's own caseworker").toBe(403);
        expect((await call(strangerAdmin, route)).status, 'admin of another municipality').toBe(404);
        break;
      case 'selection':
        for (const response of [fromStranger, fromRestricted]) {
          if (route.path.endsWith('/preview')) {
            expect(response.body).toMatchObject({ caseCount: 0, recipientCount: 0 });
          } else if (route.path.endsWith('/bulk-status')) {
            expect(response.body.results).toEqual([{ caseId: ids.caseId, changed: false, problem: 'not-found' }]);
          } else {
            expect(response.status).toBe(422);
            expect(response.body.type).toBe('urn:ebistans:problem:no-recipients');
          }
        }
        break;
      case 'mailing':
        if (route.path.includes('{mailingId}')) {
          expect([fromStranger.status, fromRestricted.status], 'other municipality, restricted').toEqual([404, 404]);
        } else {
          expect([fromStranger.status, fromRestricted.status]).toEqual([200, 200]);
          expect(text(fromStranger)).not.toContain(ids.mailingId);
          expect(text(fromRestricted)).not.toContain(ids.mailingId);
        }
        break;
      case 'admin-list': {
        expect([fromStranger.status, fromRestricted.status], 'caseworkers').toEqual([403, 403]);
        expect((await call(owner, route)).status, "the municipality's own caseworker").toBe(403);
        const fromStrangerAdmin = await call(strangerAdmin, route);
        expect(fromStrangerAdmin.status, 'admin of another municipality').toBe(route.ok);
        expect(text(fromStrangerAdmin)).not.toContain(ids.caseId);
        expect(text(fromStrangerAdmin)).not.toContain(ids.clientId);
        expect(text(fromStrangerAdmin)).not.toContain(ids.subscriptionId);
        break;
      }
      case 'municipality-admin': {
        expect([fromStranger.status, fromRestricted.status], 'caseworkers').toEqual([403, 403]);
        expect((await call(owner, route)).status, "the municipality's own caseworker").toBe(403);
        // Our admin saves first, so the other municipality's admin would see our settings if they could.
        const saves = municipalityAdminSaves[route.path]!;
        await call(admin, { ...route, method: 'PUT', body: saves.body }).expect(200);
        const fromStrangerAdmin = await call(strangerAdmin, { ...route, method: 'GET' });
        expect(fromStrangerAdmin.status).toBe(200);
        expect(saves.isOurs(fromStrangerAdmin.body), 'admin of another municipality').toBe(false);
        break;
      }
    }
  });

  it("answers the case's own caseworker on every route (their admin on admin routes)", async () => {
    for (const route of staffRoutes) {
      const response = await call(
        ['admin', 'admin-list', 'municipality-admin'].includes(route.scope) ? admin : owner,
        route,
      );
      expect({ route: name(route), status: response.status }).toEqual({ route: name(route), status: route.ok });
    }
  });
});
