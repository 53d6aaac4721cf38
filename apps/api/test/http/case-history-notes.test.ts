import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/index.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { createStaff, TEST_PASSWORD } from '../helpers/fixtures.js';
import { loginStaff } from '../helpers/login.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the case history', () => {
  it('lists every event with who did it and when, names resolved, and logs the read', async () => {
    const { municipality, applicant, agent, caseworker, member, caseId } = await submittedCaseWithCaseworker(t);
    const colleague = await createStaff(t.database.db, municipality.id);
    await caseworker.post(`/api/staff/cases/${caseId}/take`).expect(200);
    await caseworker
      .put(`/api/staff/cases/${caseId}/assignees`)
      .send({ staffIds: [member.id, colleague.id] })
      .expect(200);
    await agent.post(`/api/applicant/cases/${caseId}/messages`).send({ body: 'Hej!' }).expect(201);
    await caseworker.put(`/api/staff/cases/${caseId}/colour`).send({ colour: 'green' }).expect(200);

    const history = await caseworker.get(`/api/staff/cases/${caseId}/events`).expect(200);
    const staffActor = { kind: 'staff', id: member.id, name: member.displayName };
    expect(history.body.items).toEqual([
      expect.objectContaining({
        type: 'submitted',
        actor: { kind: 'applicant', id: applicant.id, name: `${applicant.givenName} ${applicant.familyName}` },
        subject: null,
      }),
      expect.objectContaining({
        type: 'assigned',
        actor: staffActor,
        subject: { id: member.id, name: member.displayName },
      }),
      expect.objectContaining({
        type: 'assigned',
        actor: staffActor,
        subject: { id: colleague.id, name: colleague.displayName },
      }),
      expect.objectContaining({
        type: 'message_from_applicant',
        actor: expect.objectContaining({ kind: 'applicant' }),
      }),
      expect.objectContaining({ type: 'colour_set', actor: staffActor, data: { colour: 'green' } }),
    ]);
    for (const item of history.body.items) expect(Date.parse(item.at)).not.toBeNaN();

    const reads = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, member.id), eq(auditLog.action, 'case.history.read')));
    expect(reads.map((row) => row.entityId)).toEqual([caseId]);
  });
});

describe('internal notes', () => {
  it('are shared between staff, each read and note audit-logged', async () => {
    const { municipality, caseworker, member, caseId } = await submittedCaseWithCaseworker(t);
    const colleagueMember = await createStaff(t.database.db, municipality.id);
    const colleague = await loginStaff(t.app, colleagueMember, TEST_PASSWORD);

    const written = await caseworker
      .post(`/api/staff/cases/${caseId}/notes`)
      .send({ body: 'Ring hyresvärden om kontraktet.' })
      .expect(201);
    expect(written.body).toMatchObject({
      body: 'Ring hyresvärden om kontraktet.',
      author: { id: member.id, name: member.displayName },
    });
    await colleague.post(`/api/staff/cases/${caseId}/notes`).send({ body: 'Gjort, kontraktet gäller.' }).expect(201);

    const notes = await caseworker.get(`/api/staff/cases/${caseId}/notes`).expect(200);
    expect(
      notes.body.items.map((note: { body: string; author: { name: string } }) => [note.author.name, note.body]),
    ).toEqual([
      [member.displayName, 'Ring hyresvärden om kontraktet.'],
      [colleagueMember.displayName, 'Gjort, kontraktet gäller.'],
    ]);
    await caseworker.post(`/api/staff/cases/${caseId}/notes`).send({ body: '   ' }).expect(400);

    const logged = await t.database.db.select().from(auditLog).where(eq(auditLog.actorId, member.id));
    expect(logged.map((row) => row.action)).toEqual(['case.note.add', 'case.notes.read']);
  });

  it('are never shown to the applicant', async () => {
    const { agent, caseworker, caseId } = await submittedCaseWithCaseworker(t);
    const secret = 'Misstänkt oredovisad inkomst — kontrollera med Försäkringskassan.';
    await caseworker.post(`/api/staff/cases/${caseId}/notes`).send({ body: secret }).expect(201);

    const seen = await Promise.all(
      [
        `/api/applicant/cases/${caseId}`,
        `/api/applicant/cases/${caseId}/events`,
        `/api/applicant/cases/${caseId}/messages`,
        '/api/applicant/cases',
      ].map(async (path) => JSON.stringify((await agent.get(path).expect(200)).body)),
    );
    for (const body of seen) {
      expect(body).not.toContain('Misstänkt');
      expect(body).not.toContain('note_added');
    }
    await agent.get(`/api/applicant/cases/${caseId}/notes`).expect(404);
    await agent.get(`/api/staff/cases/${caseId}/notes`).expect(403);
  });
});
