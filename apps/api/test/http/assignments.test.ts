import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, caseAssignees, caseEvents } from '../../src/db/schema/index.js';
import { createApplicant, createMunicipality, createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { idsOf, insertCase, staffNamed } from '../helpers/inbox-cases.js';
import { loginApplicant, loginStaff } from '../helpers/login.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function newCase() {
  const { db } = t.database;
  const municipality = await createMunicipality(db);
  const applicant = await createApplicant(db, municipality.id);
  const created = await insertCase(db, { municipalityId: municipality.id, applicantId: applicant.id });
  const member = await createStaff(db, municipality.id);
  const caseworker = await loginStaff(t.app, member, TEST_PASSWORD);
  return { municipality, applicant, caseId: created.id, member, caseworker };
}

async function eventsOf(caseId: string) {
  return t.database.db
    .select({ type: caseEvents.type, actorId: caseEvents.actorId, data: caseEvents.data })
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.createdAt));
}

async function auditOf(actorId: string, action: string) {
  return t.database.db
    .select({ entityId: auditLog.entityId, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.actorId, actorId), eq(auditLog.action, action)));
}

describe('taking a case', () => {
  it('assigns me once, moves the case from Obehandlade to Mina, and records it', async () => {
    const { caseId, member, caseworker } = await newCase();
    const taken = await caseworker.post(`/api/staff/cases/${caseId}/take`).expect(200);
    expect(taken.body.items).toEqual([{ id: member.id, name: member.displayName, username: member.username }]);
    await caseworker.post(`/api/staff/cases/${caseId}/take`).expect(200);

    const unassigned = await caseworker.get('/api/staff/cases?tab=unassigned').expect(200);
    expect(unassigned.body.items).toEqual([]);
    const mine = await caseworker.get('/api/staff/cases?tab=mine').expect(200);
    expect(idsOf(mine.body.items)).toEqual([caseId]);

    expect(await eventsOf(caseId)).toEqual([{ type: 'assigned', actorId: member.id, data: { staffId: member.id } }]);
    expect(await auditOf(member.id, 'case.take')).toEqual([
      { entityId: caseId, details: { added: [member.id], removed: [] } },
      { entityId: caseId, details: { added: [], removed: [] } },
    ]);
  });
});

describe('assigning colleagues', () => {
  it('assigns and reassigns within the municipality, with an event per change', async () => {
    const { municipality, caseId, member, caseworker } = await newCase();
    const colleague = await createStaff(t.database.db, municipality.id);
    const assistant = await createStaff(t.database.db, municipality.id, { role: 'assistant' });

    const both = await caseworker
      .put(`/api/staff/cases/${caseId}/assignees`)
      .send({ staffIds: [colleague.id, assistant.id, colleague.id] })
      .expect(200);
    expect(idsOf(both.body.items)).toEqual(idsOf([colleague, assistant]));

    const reassigned = await caseworker
      .put(`/api/staff/cases/${caseId}/assignees`)
      .send({ staffIds: [member.id] })
      .expect(200);
    expect(reassigned.body.items.map((item: { id: string }) => item.id)).toEqual([member.id]);

    const events = await eventsOf(caseId);
    expect(events.map((event) => [event.type, event.data.staffId])).toEqual(
      expect.arrayContaining([
        ['assigned', colleague.id],
        ['assigned', assistant.id],
        ['assigned', member.id],
        ['unassigned', colleague.id],
        ['unassigned', assistant.id],
      ]),
    );
    expect(events).toHaveLength(5);
    expect(await auditOf(member.id, 'case.assign')).toEqual([
      { entityId: caseId, details: { added: [colleague.id, assistant.id], removed: [] } },
      {
        entityId: caseId,
        details: { added: [member.id], removed: expect.arrayContaining([colleague.id, assistant.id]) },
      },
    ]);

    await caseworker.put(`/api/staff/cases/${caseId}/assignees`).send({ staffIds: [] }).expect(200, { items: [] });
    const unassigned = await caseworker.get('/api/staff/cases?tab=unassigned').expect(200);
    expect(idsOf(unassigned.body.items)).toEqual([caseId]);
  });

  it('refuses staff of another municipality, admins and unknown ids with 422, changing nothing', async () => {
    const { municipality, caseId, member, caseworker } = await newCase();
    await caseworker.post(`/api/staff/cases/${caseId}/take`).expect(200);
    const elsewhere = await createMunicipality(t.database.db);
    const stranger = await createStaff(t.database.db, elsewhere.id);
    const admin = await createStaff(t.database.db, municipality.id, { role: 'admin' });
    const unknown = '00000000-0000-4000-8000-000000000000';

    const refused = await caseworker
      .put(`/api/staff/cases/${caseId}/assignees`)
      .send({ staffIds: [member.id, stranger.id, admin.id, unknown] })
      .expect(422);
    expect(refused.body).toMatchObject({
      type: 'urn:ebistans:problem:unknown-assignee',
      errors: [
        { path: 'staffIds.1', code: 'unknown_assignee' },
        { path: 'staffIds.2', code: 'unknown_assignee' },
        { path: 'staffIds.3', code: 'unknown_assignee' },
      ],
    });
    const rows = await t.database.db.select().from(caseAssignees).where(eq(caseAssignees.caseId, caseId));
    expect(rows.map((row) => row.staffId)).toEqual([member.id]);
  });

  it('lets me leave a case, which then returns to Obehandlade', async () => {
    const { caseId, member, caseworker } = await newCase();
    await caseworker.post(`/api/staff/cases/${caseId}/take`).expect(200);
    await caseworker.delete(`/api/staff/cases/${caseId}/assignees/me`).expect(204);
    await caseworker.delete(`/api/staff/cases/${caseId}/assignees/me`).expect(204);
    const unassigned = await caseworker.get('/api/staff/cases?tab=unassigned').expect(200);
    expect(idsOf(unassigned.body.items)).toEqual([caseId]);
    expect((await eventsOf(caseId)).map((event) => event.type)).toEqual(['assigned', 'unassigned']);
    expect(await auditOf(member.id, 'case.unassign')).toHaveLength(2);
  });

  it('lets a restricted caseworker act only once a colleague has assigned the case to them', async () => {
    const { municipality, caseId, caseworker } = await newCase();
    const member = await createStaff(t.database.db, municipality.id, { restricted: true });
    const restricted = await loginStaff(t.app, member, TEST_PASSWORD);

    await restricted.post(`/api/staff/cases/${caseId}/take`).expect(404);
    await caseworker
      .put(`/api/staff/cases/${caseId}/assignees`)
      .send({ staffIds: [member.id] })
      .expect(200);
    await restricted.get(`/api/staff/cases/${caseId}`).expect(200);
    await restricted.delete(`/api/staff/cases/${caseId}/assignees/me`).expect(204);
    await restricted.get(`/api/staff/cases/${caseId}`).expect(404);
  });
});

describe('colleagues', () => {
  it('lists the caseworkers and assistants of my municipality, by part of the name', async () => {
    const { db } = t.database;
    const municipality = await createMunicipality(db);
    const me = await staffNamed(db, municipality.id, 'Maja Lind');
    const anna = await staffNamed(db, municipality.id, 'Anna Berg');
    const hanna = await staffNamed(db, municipality.id, 'Hanna Ek');
    const assistant = await createStaff(db, municipality.id, { role: 'assistant' });
    const restricted = await createStaff(db, municipality.id, { restricted: true });
    await createStaff(db, municipality.id, { role: 'admin' });
    const elsewhere = await createMunicipality(db);
    await staffNamed(db, elsewhere.id, 'Anna Annan');
    const agent = await loginStaff(t.app, me, TEST_PASSWORD);

    const everyone = await agent.get('/api/staff/colleagues').expect(200);
    expect(idsOf(everyone.body.items)).toEqual(idsOf([me, anna, hanna, assistant, restricted]));
    expect(everyone.body.items).toContainEqual({
      id: restricted.id,
      name: restricted.displayName,
      username: restricted.username,
      role: 'caseworker',
      restricted: true,
    });

    const found = await agent.get('/api/staff/colleagues?search=ANNA').expect(200);
    expect(found.body.items.map((item: { name: string }) => item.name)).toEqual(['Anna Berg', 'Hanna Ek']);
  });

  it('is for staff only', async () => {
    const { municipality, applicant } = await newCase();
    const agent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
    await agent.get('/api/staff/colleagues').expect(403);
  });
});
