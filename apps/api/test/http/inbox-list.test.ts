import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, caseAssignees, caseFlags } from '../../src/db/schema/index.js';
import { eq } from 'drizzle-orm';
import {
  createApplicant,
  createMunicipality,
  createStaff,
  TEST_PASSWORD,
  testPersonnummer,
} from '../helpers/fixtures.js';
import { applicantNamed, idsOf, insertCase, staffNamed } from '../helpers/inbox-cases.js';
import { loginStaff } from '../helpers/login.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const DAY = 24 * 60 * 60 * 1000;
const tabs = ['unassigned', 'overdue', 'mine', 'flagged', 'ongoing', 'all', 'handedOver', 'test'] as const;
type Tab = (typeof tabs)[number];

async function casesOf(agent: Awaited<ReturnType<typeof loginStaff>>, query: string) {
  return (await agent.get(`/api/staff/cases?${query}`).expect(200)).body as {
    items: { id: string; overdue: boolean }[];
    total: number;
    counts: Record<Tab, number>;
  };
}

describe('inbox tabs', () => {
  it("puts each case in its tabs, with every tab's count, as each caseworker sees them", async () => {
    const { db } = t.database;
    const municipality = await createMunicipality(db);
    const me = await createStaff(db, municipality.id);
    const colleague = await createStaff(db, municipality.id);
    const restrictedMember = await createStaff(db, municipality.id, { restricted: true });
    const applicant = await createApplicant(db, municipality.id);
    const past = new Date(Date.now() - DAY);
    const future = new Date(Date.now() + DAY);
    const make = (values: Partial<Parameters<typeof insertCase>[1]>) =>
      insertCase(db, { municipalityId: municipality.id, applicantId: applicant.id, dueAt: future, ...values });
    const fresh = await make({});
    const late = await make({ dueAt: past });
    const mineLate = await make({ status: 'in_progress', dueAt: past });
    const waiting = await make({ status: 'awaiting_supplement', dueAt: past });
    const mineClosed = await make({ status: 'closed', dueAt: past });
    const flaggedByMe = await make({ status: 'decided' });
    const flaggedByColleague = await make({});
    // Each would be in several active tabs, were it not handed over or a test.
    const handedOver = await make({ status: 'in_progress', dueAt: past, takenOverAt: past });
    const testCase = await make({ dueAt: past, isTest: true });
    const testMine = await make({ status: 'in_progress', isTest: true });
    await db.insert(caseAssignees).values([
      { caseId: handedOver.id, staffId: me.id },
      { caseId: testMine.id, staffId: me.id },
      { caseId: testMine.id, staffId: restrictedMember.id },
      { caseId: mineLate.id, staffId: me.id },
      { caseId: waiting.id, staffId: colleague.id },
      { caseId: waiting.id, staffId: restrictedMember.id },
      { caseId: mineClosed.id, staffId: me.id },
      { caseId: flaggedByMe.id, staffId: colleague.id },
    ]);
    await db.insert(caseFlags).values([
      { staffId: me.id, caseId: flaggedByMe.id },
      { staffId: colleague.id, caseId: flaggedByColleague.id },
      { staffId: me.id, caseId: handedOver.id },
      { staffId: me.id, caseId: testCase.id },
    ]);
    const elsewhere = await createMunicipality(db);
    await insertCase(db, {
      municipalityId: elsewhere.id,
      applicantId: (await createApplicant(db, elsewhere.id)).id,
      dueAt: past,
    });

    const expectTabs = async (
      agent: Awaited<ReturnType<typeof loginStaff>>,
      expected: Record<Tab, { id: string }[]>,
    ) => {
      const counts = Object.fromEntries(tabs.map((tab) => [tab, expected[tab].length]));
      for (const tab of tabs) {
        const page = await casesOf(agent, `tab=${tab}`);
        expect({ tab, ids: idsOf(page.items) }).toEqual({ tab, ids: idsOf(expected[tab]) });
        expect(page.total).toBe(expected[tab].length);
        expect(page.counts).toEqual(counts);
      }
    };

    const all = [fresh, late, mineLate, waiting, mineClosed, flaggedByMe, flaggedByColleague];
    await expectTabs(await loginStaff(t.app, me, TEST_PASSWORD), {
      unassigned: [fresh, late, flaggedByColleague],
      overdue: [late, mineLate],
      mine: [mineLate, mineClosed],
      flagged: [flaggedByMe],
      ongoing: [mineLate, waiting, flaggedByMe],
      all,
      handedOver: [handedOver],
      test: [testCase, testMine],
    });
    await expectTabs(await loginStaff(t.app, colleague, TEST_PASSWORD), {
      unassigned: [fresh, late, flaggedByColleague],
      overdue: [late, mineLate],
      mine: [waiting, flaggedByMe],
      flagged: [flaggedByColleague],
      ongoing: [mineLate, waiting, flaggedByMe],
      all,
      handedOver: [handedOver],
      test: [testCase, testMine],
    });
    await expectTabs(await loginStaff(t.app, restrictedMember, TEST_PASSWORD), {
      unassigned: [],
      overdue: [],
      mine: [waiting],
      flagged: [],
      ongoing: [waiting],
      all: [waiting],
      handedOver: [],
      test: [testMine],
    });
  });

  it('marks overdue cases, but not one awaiting the applicant’s supplement', async () => {
    const { db } = t.database;
    const municipality = await createMunicipality(db);
    const applicant = await createApplicant(db, municipality.id);
    const past = new Date(Date.now() - DAY);
    const late = await insertCase(db, { municipalityId: municipality.id, applicantId: applicant.id, dueAt: past });
    const waiting = await insertCase(db, {
      municipalityId: municipality.id,
      applicantId: applicant.id,
      dueAt: past,
      status: 'awaiting_supplement',
    });
    const agent = await loginStaff(t.app, await createStaff(db, municipality.id), TEST_PASSWORD);
    const overdue = Object.fromEntries((await casesOf(agent, 'tab=all')).items.map((item) => [item.id, item.overdue]));
    expect(overdue).toEqual({ [late.id]: true, [waiting.id]: false });
  });
});

describe('inbox search', () => {
  it('finds cases by case number, personnummer in any form (applicant or co-applicant) and names', async () => {
    const { db } = t.database;
    const municipality = await createMunicipality(db);
    const asa = await applicantNamed(db, municipality.id, 'Åsa', 'Öberg');
    const kim = await applicantNamed(db, municipality.id, 'Kim', 'Andersson');
    const percent = await applicantNamed(db, municipality.id, 'Per', 'Cent');
    const coApplicant = testPersonnummer();
    const make = (applicantId: string, values = {}) =>
      insertCase(db, { municipalityId: municipality.id, applicantId, ...values });
    const asa1 = await make(asa.id);
    const asa2 = await make(asa.id);
    const kims = await make(kim.id, { coApplicantPersonnummer: coApplicant });
    await make(percent.id);
    const agent = await loginStaff(t.app, await createStaff(db, municipality.id), TEST_PASSWORD);
    const search = async (text: string) => {
      const page = await casesOf(agent, `tab=all&search=${encodeURIComponent(text)}`);
      expect(page.total).toBe(page.items.length);
      expect(page.counts.all).toBe(4);
      return idsOf(page.items);
    };

    const [year, number] = kims.caseNumber.split('-') as [string, string];
    expect(await search(kims.caseNumber)).toEqual([kims.id]);
    expect(await search(`${year}-${Number(number)}`)).toEqual([kims.id]);

    const pnr = asa.personnummer;
    for (const form of [
      pnr,
      `${pnr.slice(0, 8)}-${pnr.slice(8)}`,
      pnr.slice(2),
      `${pnr.slice(2, 8)}-${pnr.slice(8)}`,
    ]) {
      expect({ form, ids: await search(form) }).toEqual({ form, ids: idsOf([asa1, asa2]) });
    }
    expect(await search(coApplicant)).toEqual([kims.id]);

    expect(await search('åsa')).toEqual(idsOf([asa1, asa2]));
    expect(await search('ÖBERG')).toEqual(idsOf([asa1, asa2]));
    expect(await search('Kim And')).toEqual([kims.id]);
    expect(await search('andersson kim')).toEqual([kims.id]);
    expect(await search('Kim Öberg')).toEqual([]);
    expect(await search('%')).toEqual([]);

    const elsewhere = await createMunicipality(db);
    const stranger = await loginStaff(t.app, await createStaff(db, elsewhere.id), TEST_PASSWORD);
    expect((await casesOf(stranger, `tab=all&search=${pnr}`)).items).toEqual([]);
  });

  it('does not write the search text to the audit log, only its kind and the cases shown', async () => {
    const { db } = t.database;
    const municipality = await createMunicipality(db);
    const applicant = await createApplicant(db, municipality.id);
    const found = await insertCase(db, { municipalityId: municipality.id, applicantId: applicant.id });
    const member = await createStaff(db, municipality.id);
    const agent = await loginStaff(t.app, member, TEST_PASSWORD);
    await casesOf(agent, `tab=all&search=${applicant.personnummer}`);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.actorId, member.id));
    expect(entry?.details).toEqual({ tab: 'all', page: 1, searchKind: 'personnummer', caseIds: [found.id] });
    expect(JSON.stringify(entry)).not.toContain(applicant.personnummer);
  });
});

describe('inbox sorting, filters and pages', () => {
  it('sorts by every column, both ways', async () => {
    const { db } = t.database;
    const municipality = await createMunicipality(db);
    const [ceder, berg, alm] = await Promise.all([
      applicantNamed(db, municipality.id, 'Bo', 'Ceder'),
      applicantNamed(db, municipality.id, 'Ada', 'Berg'),
      applicantNamed(db, municipality.id, 'Cia', 'Alm'),
    ]);
    const zed = await staffNamed(db, municipality.id, 'Zed Zetterström');
    const ann = await staffNamed(db, municipality.id, 'Ann Ahl');
    const day = (n: number) => new Date(Date.UTC(2026, 2, n, 12));
    const base = { municipalityId: municipality.id };
    const first = await insertCase(db, {
      ...base,
      applicantId: ceder.id,
      period: '2026-03',
      status: 'decided',
      submittedAt: day(2),
      dueAt: day(20),
    });
    const second = await insertCase(db, {
      ...base,
      applicantId: berg.id,
      period: '2026-01',
      status: 'submitted',
      submittedAt: day(3),
      dueAt: day(15),
    });
    const third = await insertCase(db, {
      ...base,
      applicantId: alm.id,
      period: '2026-02',
      status: 'in_progress',
      submittedAt: day(1),
      dueAt: day(17),
    });
    await db.insert(caseAssignees).values([
      { caseId: first.id, staffId: zed.id },
      { caseId: third.id, staffId: ann.id },
    ]);
    const agent = await loginStaff(t.app, await createStaff(db, municipality.id), TEST_PASSWORD);

    const ascending: Record<string, { id: string }[]> = {
      caseNumber: [first, second, third],
      applicant: [third, second, first],
      period: [second, third, first],
      status: [second, third, first],
      submittedAt: [third, first, second],
      dueAt: [second, third, first],
      assignee: [third, first, second],
    };
    for (const [sort, order] of Object.entries(ascending)) {
      const ids = order.map((item) => item.id);
      const up = await casesOf(agent, `tab=all&sort=${sort}&order=asc`);
      expect({ sort, ids: up.items.map((item) => item.id) }).toEqual({ sort, ids });
      const down = await casesOf(agent, `tab=all&sort=${sort}&order=desc`);
      expect({ sort, ids: down.items.map((item) => item.id) }).toEqual({ sort, ids: [...ids].reverse() });
    }
  });

  it('filters by status, form, period and submission day in Swedish time', async () => {
    const { db } = t.database;
    const municipality = await createMunicipality(db);
    const applicant = await createApplicant(db, municipality.id);
    const base = { municipalityId: municipality.id, applicantId: applicant.id };
    // 23:30 UTC on 1 March is already 2 March in Sweden.
    const lateEvening = await insertCase(db, { ...base, submittedAt: new Date('2026-03-01T23:30:00Z') });
    const decided = await insertCase(db, {
      ...base,
      status: 'decided',
      period: '2026-02',
      submittedAt: new Date('2026-03-05T10:00:00Z'),
    });
    const newForm = await insertCase(db, {
      ...base,
      status: 'in_progress',
      formId: 'ekonomiskt-bistand-nyansokan',
      formVersion: 1,
      period: '2026-02',
      submittedAt: new Date('2026-03-01T10:00:00Z'),
    });
    const agent = await loginStaff(t.app, await createStaff(db, municipality.id), TEST_PASSWORD);
    const filtered = async (query: string) => {
      const page = await casesOf(agent, `tab=all&${query}`);
      expect(page.total).toBe(page.items.length);
      return idsOf(page.items);
    };

    expect(await filtered('status=decided')).toEqual([decided.id]);
    expect(await filtered('status=decided&status=in_progress')).toEqual(idsOf([decided, newForm]));
    expect(await filtered('formId=ekonomiskt-bistand-nyansokan')).toEqual([newForm.id]);
    expect(await filtered('period=2026-02')).toEqual(idsOf([decided, newForm]));
    expect(await filtered('submittedFrom=2026-03-02')).toEqual(idsOf([lateEvening, decided]));
    expect(await filtered('submittedTo=2026-03-01')).toEqual([newForm.id]);
    expect(await filtered('submittedFrom=2026-03-02&submittedTo=2026-03-02')).toEqual([lateEvening.id]);
    expect(await filtered('period=2026-02&status=decided')).toEqual([decided.id]);

    const bad = await agent.get('/api/staff/cases?status=lost&period=2026-13').expect(400);
    expect(bad.body.type).toBe('urn:ebistans:problem:validation');
  });

  it('pages on the server and refuses pages too deep to be cheap', async () => {
    const { db } = t.database;
    const municipality = await createMunicipality(db);
    const applicant = await createApplicant(db, municipality.id);
    const made = [];
    for (let n = 0; n < 5; n++)
      made.push(await insertCase(db, { municipalityId: municipality.id, applicantId: applicant.id }));
    const agent = await loginStaff(t.app, await createStaff(db, municipality.id), TEST_PASSWORD);

    const pages = [];
    for (const page of [1, 2, 3]) {
      const body = await casesOf(agent, `tab=all&sort=caseNumber&order=asc&pageSize=2&page=${page}`);
      expect(body).toMatchObject({ total: 5, page, pageSize: 2 });
      pages.push(body.items.map((item) => item.id));
    }
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(made.map((item) => item.id));

    const tooDeep = await agent.get('/api/staff/cases?tab=all&pageSize=25&page=401').expect(400);
    expect(tooDeep.body.errors).toEqual([expect.objectContaining({ path: 'page' })]);
    await agent.get('/api/staff/cases?tab=all&pageSize=25&page=400').expect(200);
  });
});

describe('list settings', () => {
  it('gives defaults, saves my own (audit-logged), and refuses settings that do not fit', async () => {
    const { db } = t.database;
    const municipality = await createMunicipality(db);
    const member = await createStaff(db, municipality.id);
    const agent = await loginStaff(t.app, member, TEST_PASSWORD);
    const colleague = await loginStaff(t.app, await createStaff(db, municipality.id), TEST_PASSWORD);

    const defaults = (await agent.get('/api/staff/me/list-settings').expect(200)).body;
    expect(defaults).toEqual({
      columns: ['caseNumber', 'applicant', 'period', 'status', 'submittedAt', 'dueAt', 'assignee'],
      sort: 'submittedAt',
      order: 'desc',
      pageSize: 25,
      openInNewTab: false,
      showAssigneeAs: 'name',
    });

    const mine = {
      columns: ['status', 'caseNumber', 'externalCaseNumber', 'assignee'],
      sort: 'dueAt',
      order: 'asc',
      pageSize: 50,
      openInNewTab: true,
      showAssigneeAs: 'username',
    };
    await agent.put('/api/staff/me/list-settings').send(mine).expect(200, mine);
    await agent.put('/api/staff/me/list-settings').send(mine).expect(200, mine);
    expect((await agent.get('/api/staff/me/list-settings').expect(200)).body).toEqual(mine);
    expect((await colleague.get('/api/staff/me/list-settings').expect(200)).body).toEqual(defaults);

    for (const wrong of [
      { ...mine, columns: ['status', 'status'] },
      { ...mine, columns: ['shoeSize'] },
      { ...mine, sort: 'shoeSize' },
      { ...mine, showAssigneeAs: 'nickname' },
    ]) {
      const refused = await agent.put('/api/staff/me/list-settings').send(wrong).expect(400);
      expect(refused.body.type).toBe('urn:ebistans:problem:validation');
    }

    const logged = await db.select().from(auditLog).where(eq(auditLog.actorId, member.id));
    expect(logged.map((row) => [row.action, row.entityId])).toEqual([
      ['staff.list-settings.save', member.id],
      ['staff.list-settings.save', member.id],
    ]);
  });
});
