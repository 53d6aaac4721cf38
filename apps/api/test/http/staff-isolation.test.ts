import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { createMunicipality, createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { loginStaff } from '../helpers/login.js';
import { multipartBody } from '../helpers/multipart.js';
import { samplePng } from '@ebistans/testing';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Every staff route, with what keeps other people out of it. A route under /api/staff/ that is missing
 * here fails the first test, so no new staff endpoint goes without its isolation check.
 *
 * - `case`: about one case. A caseworker of another municipality and a restricted caseworker the case
 *   is not assigned to get 404, as if it did not exist.
 * - `applicant`: about one applicant's login. Another municipality's caseworker gets 404. (Restricted
 *   caseworkers are not limited to applicants with cases assigned to them here.)
 * - `cases`: the inbox list; another municipality's and a restricted caseworker's lists leave the case out.
 * - `colleagues`: the staff directory; another municipality's list leaves our staff out.
 * - `audit`: the audit log; another municipality's shows none of our entries, restricted caseworkers get 403.
 * - `self`: the caller's own settings; nobody else's data is involved.
 *
 * Applicants get 403 and anonymous callers 401 on every one of them.
 */
type Scope = 'case' | 'applicant' | 'cases' | 'colleagues' | 'audit' | 'self';

interface StaffRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** As in the OpenAPI document; {caseId}, {attachmentId} and {applicantId} are filled in. */
  path: string;
  scope: Scope;
  body?: Record<string, unknown>;
  /** What the case's own caseworker gets: proof that the refusals are not a broken request. */
  ok: number;
}

const staffRoutes: StaffRoute[] = [
  { method: 'GET', path: '/api/staff/cases', scope: 'cases', ok: 200 },
  { method: 'GET', path: '/api/staff/cases/{caseId}', scope: 'case', ok: 200 },
  { method: 'GET', path: '/api/staff/cases/{caseId}/pdf', scope: 'case', ok: 200 },
  { method: 'GET', path: '/api/staff/cases/{caseId}/events', scope: 'case', ok: 200 },
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
  { method: 'POST', path: '/api/staff/applicants/{applicantId}/code-list', scope: 'applicant', ok: 201 },
  { method: 'POST', path: '/api/staff/applicants/{applicantId}/unlock', scope: 'applicant', ok: 204 },
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
];

type Agent = ReturnType<typeof request.agent>;

let t: TestApp;
let ids: Record<string, string>;
let owner: Agent;
let ownerId: string;
let stranger: Agent;
let restricted: Agent;
let applicant: Agent;

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
  };
  owner = arranged.caseworker;
  ownerId = arranged.member.id;
  applicant = arranged.agent;
  const elsewhere = await createMunicipality(t.database.db);
  stranger = await loginStaff(t.app, await createStaff(t.database.db, elsewhere.id), TEST_PASSWORD);
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
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  const pending = client[method](fill(route.path));
  return route.body ? pending.send(route.body) : pending;
}

describe('staff route isolation', () => {
  it('covers every route under /api/staff/', () => {
    const paths = (t.app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
    const documented = Object.entries(paths)
      .filter(([path]) => path.startsWith('/api/staff/'))
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
        expect(fromStranger.status, 'other municipality').toBe(404);
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
      case 'self':
        expect([fromStranger.status, fromRestricted.status]).toEqual([route.ok, route.ok]);
        break;
    }
  });

  it("answers the case's own caseworker on every route", async () => {
    for (const route of staffRoutes) {
      const response = await call(owner, route);
      expect({ route: name(route), status: response.status }).toEqual({ route: name(route), status: route.ok });
    }
  });
});
