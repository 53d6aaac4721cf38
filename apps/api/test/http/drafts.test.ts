import { MONTHLY_APPLICATION_FORM_ID, exampleMonthlyApplication } from '@ebistans/schema';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../../src/db/schema/index.js';
import { createApplicant, createMunicipality, TEST_PASSWORD, TEST_PERIOD } from '../helpers/fixtures.js';
import { loginApplicant } from '../helpers/login.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const formId = MONTHLY_APPLICATION_FORM_ID;
const current = `/api/applicant/drafts/current`;
const query = { formId };

async function newApplicant() {
  const municipality = await createMunicipality(t.database.db);
  const applicant = await createApplicant(t.database.db, municipality.id);
  const agent = await loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD);
  return {
    municipality,
    applicant,
    agent,
    login: () => loginApplicant(t.app, applicant, municipality.slug, TEST_PASSWORD),
  };
}

describe('saving and resuming a draft', () => {
  it('creates the draft with the current form version, resumes it and raises the revision on every save', async () => {
    const { agent } = await newApplicant();
    await agent.get(current).query(query).expect(404);

    const created = await agent
      .put(current)
      .send({ formId, data: { period: TEST_PERIOD, rent: 7400 } })
      .expect(200);
    expect(created.body).toMatchObject({
      formId,
      formVersion: 2,
      revision: 1,
      data: { period: TEST_PERIOD, rent: 7400 },
    });

    const resumed = await agent.get(current).query(query).expect(200);
    expect(resumed.body).toEqual(created.body);

    // Answers are stored as given: partial, and not validated until submitted.
    const saved = await agent
      .put(current)
      .send({ formId, revision: 1, data: { period: 'not a month', rent: -1 } })
      .expect(200);
    expect(saved.body).toMatchObject({ id: created.body.id, revision: 2, data: { period: 'not a month', rent: -1 } });
  });

  it('refuses a stale revision from another device with the current revision, and never overwrites', async () => {
    const { agent: phone, login } = await newApplicant();
    const laptop = await login();
    await phone
      .put(current)
      .send({ formId, data: { rent: 1 } })
      .expect(200);
    await laptop
      .put(current)
      .send({ formId, revision: 1, data: { rent: 2 } })
      .expect(200);

    const stale = await phone
      .put(current)
      .send({ formId, revision: 1, data: { rent: 3 } })
      .expect(409);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(stale.body).toMatchObject({ type: 'urn:ebistans:problem:stale-draft', status: 409, currentRevision: 2 });

    const createdTwice = await phone
      .put(current)
      .send({ formId, data: { rent: 4 } })
      .expect(409);
    expect(createdTwice.body.currentRevision).toBe(2);

    const stored = await phone.get(current).query(query).expect(200);
    expect(stored.body).toMatchObject({ revision: 2, data: { rent: 2 } });
  });

  it('discards the draft; a later save naming a revision is a conflict without a current revision', async () => {
    const { agent } = await newApplicant();
    await agent
      .put(current)
      .send({ formId, data: { rent: 1 } })
      .expect(200);
    await agent.delete(current).query(query).expect(204);
    await agent.get(current).query(query).expect(404);
    await agent.delete(current).query(query).expect(404);

    const resurrect = await agent
      .put(current)
      .send({ formId, revision: 1, data: { rent: 1 } })
      .expect(409);
    expect(resurrect.body.currentRevision).toBeNull();
    await agent.put(current).send({ formId, data: {} }).expect(200);
  });

  it('keeps one draft per form', async () => {
    const { agent } = await newApplicant();
    await agent
      .put(current)
      .send({ formId, data: { rent: 1 } })
      .expect(200);
    const other = await agent
      .put(current)
      .send({ formId: 'ekonomiskt-bistand-nyansokan', data: { reasonForApplying: 'x' } })
      .expect(200);
    expect(other.body.revision).toBe(1);
    const monthly = await agent.get(current).query(query).expect(200);
    expect(monthly.body.data).toEqual({ rent: 1 });
  });

  it('refuses unknown forms, supplements, answers that are not an object and answers that are too large', async () => {
    const { agent } = await newApplicant();
    const unknown = await agent.put(current).send({ formId: 'no-such-form', data: {} }).expect(422);
    expect(unknown.body.type).toBe('urn:ebistans:problem:unknown-form');
    await agent.put(current).send({ formId: 'komplettering', data: {} }).expect(422);
    await agent
      .put(current)
      .send({ formId, data: ['a'] })
      .expect(400);
    await agent
      .put(current)
      .send({ formId, data: { text: 'nul \u0000' } })
      .expect(400);
    const tooLarge = await agent
      .put(current)
      .send({ formId, data: { text: 'x'.repeat(300 * 1024) } })
      .expect(413);
    expect(tooLarge.body.type).toBe('urn:ebistans:problem:payload-too-large');
  });

  it('is only for logged-in applicants, and another applicant never sees my draft', async () => {
    await request(t.app.server).get(current).query(query).expect(401);
    const { agent, municipality } = await newApplicant();
    await agent
      .put(current)
      .send({ formId, data: { rent: 1 } })
      .expect(200);

    const other = await createApplicant(t.database.db, municipality.id);
    const otherAgent = await loginApplicant(t.app, other, municipality.slug, TEST_PASSWORD);
    await otherAgent.get(current).query(query).expect(404);
    await otherAgent.delete(current).query(query).expect(404);
    await otherAgent.put(current).send({ formId, revision: 1, data: {} }).expect(409);
    await agent.get(current).query(query).expect(200);
  });
});

describe('starting from last month', () => {
  async function insertCase(
    identity: { municipalityId: string; applicantId: string },
    values: { formVersion: number; data: Record<string, unknown>; submittedAt: Date; caseNumber: string },
  ) {
    const [row] = await t.database.db
      .insert(cases)
      .values({ ...identity, formId, period: String(values.data.period), ...values })
      .returning();
    return row!;
  }

  it('copies what still holds for a new month and names what it copied', async () => {
    const { agent, applicant } = await newApplicant();
    await agent.post('/api/applicant/drafts/from-last-case').expect(404);

    const owner = { municipalityId: applicant.municipalityId, applicantId: applicant.id };
    await insertCase(owner, {
      formVersion: 1,
      caseNumber: '2026-000001',
      submittedAt: new Date('2026-01-01T10:00:00Z'),
      data: { period: '2026-01', civilStatus: 'single', rent: 5000, hasIncome: false },
    });
    const last = exampleMonthlyApplication('2026-02');
    const latest = await insertCase(owner, {
      formVersion: 2,
      caseNumber: '2026-000002',
      submittedAt: new Date('2026-02-01T10:00:00Z'),
      data: {
        ...last,
        messageToCaseworker: 'Ring mig gärna.',
        // A follow-up whose question is hidden (no interpreter needed) is not carried over.
        interpreterLanguage: 'arabiska',
      },
    });

    const response = await agent.post('/api/applicant/drafts/from-last-case').expect(201);
    expect(response.body.sourceCase).toEqual({ id: latest.id, caseNumber: '2026-000002', period: '2026-02' });
    const notCopied = [
      'period',
      'hasChanges',
      'changedAreas',
      'changesDescription',
      'lastMonthCostsPaid',
      'incomes',
      'declaration',
    ];
    const expected = Object.keys(last).filter((name) => !notCopied.includes(name));
    expect(response.body.copied.slice(0, 3)).toEqual(['civilStatus', 'phone', 'email']);
    expect([...response.body.copied].sort()).toEqual(expected.sort());
    // jsonb keeps no key order; `copied` has the form's.
    expect(Object.keys(response.body.draft.data).sort()).toEqual(expected);
    expect(response.body.draft).toMatchObject({ formId, formVersion: 2, revision: 1 });
    expect(response.body.draft.data).toMatchObject({ hasIncome: true, rent: 7400, coApplicant: last.coApplicant });
    expect(response.body.draft.data).not.toHaveProperty('interpreterLanguage');
    expect(response.body.draft.data).not.toHaveProperty('messageToCaseworker');

    const resumed = await agent.get(current).query(query).expect(200);
    expect(resumed.body).toEqual(response.body.draft);

    const again = await agent.post('/api/applicant/drafts/from-last-case').expect(409);
    expect(again.body).toMatchObject({ type: 'urn:ebistans:problem:draft-exists', currentRevision: 1 });
  });

  it('migrates an answer set of an older form version to the questions the current version asks', async () => {
    const { agent, applicant } = await newApplicant();
    await insertCase(
      { municipalityId: applicant.municipalityId, applicantId: applicant.id },
      {
        formVersion: 1,
        caseNumber: '2026-000003',
        submittedAt: new Date(),
        data: {
          period: '2026-01',
          civilStatus: 'single',
          rent: 5000,
          hasIncome: true,
          incomeAmount: 300,
          declaration: true,
        },
      },
    );
    const response = await agent.post('/api/applicant/drafts/from-last-case').expect(201);
    expect(response.body.draft.formVersion).toBe(2);
    // Version 2 asks for the rent only after the kind of housing, which version 1 did not ask.
    expect(response.body.copied).toEqual(['civilStatus', 'hasIncome']);
    expect(response.body.draft.data).toEqual({ civilStatus: 'single', hasIncome: true });
  });

  it("never starts from another applicant's case", async () => {
    const { applicant, municipality } = await newApplicant();
    await insertCase(
      { municipalityId: applicant.municipalityId, applicantId: applicant.id },
      {
        formVersion: 2,
        caseNumber: '2026-000004',
        submittedAt: new Date(),
        data: exampleMonthlyApplication('2026-02'),
      },
    );
    const other = await createApplicant(t.database.db, municipality.id);
    const otherAgent = await loginApplicant(t.app, other, municipality.slug, TEST_PASSWORD);
    await otherAgent.post('/api/applicant/drafts/from-last-case').expect(404);
  });
});
