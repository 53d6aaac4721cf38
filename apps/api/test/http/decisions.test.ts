import { calculateDecision, decisionInput, manadsansokanV2 } from '@ebistans/schema';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, cases } from '../../src/db/schema/index.js';
import { submittedCaseWithCaseworker } from '../helpers/cases.js';
import { createApplicant, createStaff, TEST_PASSWORD, validApplication } from '../helpers/fixtures.js';
import { loginApplicant, loginStaff } from '../helpers/login.js';
import { binary, pdfText } from '../helpers/pdf.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** What the calculator says for the test application, with the caseworker's adjustments. */
function expected(adjustments: Parameters<typeof calculateDecision>[1] = { costs: [], incomes: [] }) {
  return calculateDecision(decisionInput(manadsansokanV2, validApplication().data)!, adjustments);
}

const hindrances = { applicant: 'unemployed_no_benefit', coApplicant: 'part_time_insufficient_income' };

/** Electricity (the first cost row, 640 kr applied) approved at 400 kr: a delavslag. */
function partlyGranted() {
  const lowered = expected({ costs: [{ id: 'costs.0', approved: 400 }], incomes: [] });
  return {
    outcome: 'delavslag',
    amount: lowered.amount,
    motivation: 'Elkostnaden är högre än skäligt för hushållets storlek.',
    costs: [{ id: 'costs.0', approved: 400 }],
    incomes: [],
    hindrances,
  };
}

async function auditActions(staffId: string, caseId: string) {
  const rows = await t.database.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.actorId, staffId), eq(auditLog.entityId, caseId)));
  return rows.map((row) => row.action);
}

describe('the decision proposal', () => {
  it('is the riksnorm calculation of the answers, line by line, with the adults of the household', async () => {
    const { caseworker, member, caseId } = await submittedCaseWithCaseworker(t);
    const response = await caseworker.get(`/api/staff/cases/${caseId}/decision-proposal`).expect(200);
    const calculation = expected();
    expect(response.body.calculation).toMatchObject({
      lines: calculation.lines,
      norm: calculation.norm,
      approvedCosts: calculation.approvedCosts,
      countedIncomes: calculation.countedIncomes,
      total: calculation.total,
      amount: calculation.amount,
    });
    expect(calculation.amount).toBeGreaterThan(0);
    expect(response.body.input.costs).toContainEqual({ id: 'rent', type: 'rent', label: 'Hyra', amount: 7400 });
    expect(response.body.adults).toEqual([
      { adult: 'applicant', name: expect.stringContaining('Testa') },
      { adult: 'coApplicant', name: 'Kim Tolvansson' },
    ]);
    expect(response.body).toMatchObject({ decision: null, canDecide: true });
    expect(await auditActions(member.id, caseId)).toContain('case.decision.proposal.read');
  });

  it('tells an assistant that only a caseworker decides', async () => {
    const { municipality, caseId } = await submittedCaseWithCaseworker(t);
    const assistant = await loginStaff(
      t.app,
      await createStaff(t.database.db, municipality.id, { role: 'assistant' }),
      TEST_PASSWORD,
    );
    const proposal = await assistant.get(`/api/staff/cases/${caseId}/decision-proposal`).expect(200);
    expect(proposal.body.canDecide).toBe(false);
    const refused = await assistant.post(`/api/staff/cases/${caseId}/decision`).send(partlyGranted()).expect(403);
    expect(refused.body.type).toBe('urn:ebistans:problem:forbidden');
  });
});

describe('recording a decision', () => {
  it('recomputes the calculation: approving less on a cost line lowers the amount, and the case is decided', async () => {
    const { agent, caseworker, member, caseId } = await submittedCaseWithCaseworker(t);
    const body = partlyGranted();
    expect(body.amount).toBe(expected().amount - 240);

    const recorded = await caseworker.post(`/api/staff/cases/${caseId}/decision`).send(body).expect(201);
    expect(recorded.body).toMatchObject({
      outcome: 'delavslag',
      amount: body.amount,
      motivation: body.motivation,
      decidedBy: { id: member.id, name: member.displayName },
      hindrances: [
        { adult: 'applicant', code: 'unemployed_no_benefit', text: 'Arbetslös: Utan ersättning eller stöd' },
        { adult: 'coApplicant', name: 'Kim Tolvansson', code: 'part_time_insufficient_income' },
      ],
    });
    expect(recorded.body.costs).toContainEqual({ id: 'costs.0', label: 'Hushållsel', applied: 640, approved: 400 });
    expect(recorded.body.calculation.amount).toBe(body.amount);

    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(row!.status).toBe('decided');
    expect(row!.decision).toMatchObject({ outcome: 'delavslag', amount: body.amount });

    const history = await caseworker.get(`/api/staff/cases/${caseId}/events`).expect(200);
    expect(history.body.items.at(-1)).toMatchObject({
      type: 'decision_recorded',
      actor: { kind: 'staff', id: member.id, name: member.displayName },
      data: { from: 'submitted', outcome: 'delavslag', amount: body.amount },
    });
    expect(await auditActions(member.id, caseId)).toContain('case.decision.record');

    const timeline = await agent.get(`/api/applicant/cases/${caseId}/events`).expect(200);
    expect(timeline.body.items.map((event: { type: string }) => event.type)).toContain('decision_recorded');

    const proposal = await caseworker.get(`/api/staff/cases/${caseId}/decision-proposal`).expect(200);
    expect(proposal.body).toMatchObject({ canDecide: false, decision: { outcome: 'delavslag' } });

    const again = await caseworker.post(`/api/staff/cases/${caseId}/decision`).send(body).expect(409);
    expect(again.body.type).toBe('urn:ebistans:problem:conflict');
  });

  it('counts 25 % jobbstimulans off an adult salary when the caseworker says so', async () => {
    const { caseworker, caseId } = await submittedCaseWithCaseworker(t);
    const withStimulus = expected({ costs: [], incomes: [{ id: 'incomes.0', jobStimulus: true }] });
    expect(withStimulus.amount).toBe(expected().amount + 1050);
    const recorded = await caseworker
      .post(`/api/staff/cases/${caseId}/decision`)
      .send({
        outcome: 'bifall',
        amount: withStimulus.amount,
        motivation: null,
        costs: [],
        incomes: [{ id: 'incomes.0', jobStimulus: true }],
        hindrances,
      })
      .expect(201);
    expect(recorded.body.amount).toBe(withStimulus.amount);
  });

  it('refuses combinations that do not agree with the calculation, with Swedish field errors', async () => {
    const { caseworker, caseId } = await submittedCaseWithCaseworker(t);
    const decide = async (overrides: Record<string, unknown>) => {
      const response = await caseworker
        .post(`/api/staff/cases/${caseId}/decision`)
        .send({ ...partlyGranted(), ...overrides })
        .expect(422);
      expect(response.body.type).toBe('urn:ebistans:problem:invalid-decision');
      return response.body.errors as { path: string; code: string; message: string }[];
    };

    expect(await decide({ outcome: 'bifall' })).toContainEqual({
      path: 'outcome',
      code: 'decision_bifall_with_reductions',
      message: 'Du har godkänt mindre än det sökta på någon rad. Välj delavslag.',
    });
    expect(await decide({ outcome: 'avslag', amount: 100 })).toEqual([
      {
        path: 'amount',
        code: 'decision_amount_not_allowed',
        message: 'Ett avslag eller en avvisning har inget belopp. Ta bort beloppet.',
      },
    ]);
    expect(await decide({ motivation: '  ' })).toEqual([
      expect.objectContaining({ path: 'motivation', code: 'decision_motivation_required' }),
    ]);
    // The client's sum is not trusted: more than the recomputed amount is refused.
    expect(await decide({ amount: expected().amount })).toEqual([
      expect.objectContaining({ path: 'amount', code: 'decision_amount_above_calculation' }),
    ]);
    expect(await decide({ costs: [{ id: 'costs.0', approved: 900 }] })).toContainEqual(
      expect.objectContaining({
        path: 'costs.0.approved',
        code: 'decision_approved_above_applied',
        message: 'Godkänt belopp kan inte vara högre än det sökta.',
      }),
    );
    expect(await decide({ incomes: [{ id: 'incomes.1', jobStimulus: true }] })).toContainEqual(
      expect.objectContaining({ path: 'incomes.0.jobStimulus', code: 'decision_job_stimulus_not_salary' }),
    );
    expect(await decide({ hindrances: { applicant: 'none' } })).toEqual([
      expect.objectContaining({ path: 'hindrances.coApplicant', code: 'decision_hindrance_required' }),
    ]);

    const unknownCode = await caseworker
      .post(`/api/staff/cases/${caseId}/decision`)
      .send({ ...partlyGranted(), hindrances: { applicant: 'bored' } })
      .expect(400);
    expect(unknownCode.body.type).toBe('urn:ebistans:problem:validation');
    const [row] = await t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(row!.status).toBe('submitted');
    expect(row!.decision).toBeNull();
  });

  it('refuses a case whose status does not allow a decision with 409', async () => {
    const { caseworker, caseId } = await submittedCaseWithCaseworker(t);
    await caseworker.post(`/api/staff/cases/${caseId}/status`).send({ status: 'withdrawn' }).expect(200);
    const refused = await caseworker.post(`/api/staff/cases/${caseId}/decision`).send(partlyGranted()).expect(409);
    expect(refused.body.type).toBe('urn:ebistans:problem:conflict');
  });
});

describe('the decision letter', () => {
  it('has the outcome, the calculation line by line, the reasons and how to appeal; the download is logged', async () => {
    const { municipality, caseworker, member, caseId } = await submittedCaseWithCaseworker(t);
    await caseworker.get(`/api/staff/cases/${caseId}/decision.pdf`).expect(404);
    const body = partlyGranted();
    await caseworker.post(`/api/staff/cases/${caseId}/decision`).send(body).expect(201);

    const response = await caseworker
      .get(`/api/staff/cases/${caseId}/decision.pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200)
      .expect('content-type', 'application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="beslut-\d{4}-\d+\.pdf"$/);
    const { text } = await pdfText(response.body as Buffer);
    for (const expectedText of [
      'Beslut om ekonomiskt bistånd',
      municipality.name,
      'Delavslag',
      'Riksnorm, två vuxna (gifta/sambor)',
      'Hyra',
      'Hushållsel (ansökt 640 kr, godkänt 400 kr)',
      'Barnbidrag',
      body.motivation,
      'Arbetslös: Utan ersättning eller stöd',
      'förvaltningsrätten',
      'inom tre veckor',
    ]) {
      expect(text).toContain(expectedText);
    }
    expect(await auditActions(member.id, caseId)).toContain('case.decision.pdf.download');
  });

  it('is the applicant’s to read and download; another applicant gets 404', async () => {
    const { municipality, agent, caseworker, caseId } = await submittedCaseWithCaseworker(t);
    expect((await agent.get(`/api/applicant/cases/${caseId}/decision`).expect(200)).body).toEqual({ decision: null });
    await agent.get(`/api/applicant/cases/${caseId}/decision.pdf`).expect(404);

    const body = partlyGranted();
    await caseworker.post(`/api/staff/cases/${caseId}/decision`).send(body).expect(201);
    const mine = await agent.get(`/api/applicant/cases/${caseId}/decision`).expect(200);
    expect(mine.body.decision).toEqual({
      outcome: 'delavslag',
      amount: body.amount,
      motivation: body.motivation,
      // A staff decision covers the case's month; only a case system's decision gives its own days.
      period: null,
      decidedAt: expect.any(String),
    });
    const pdf = await agent.get(`/api/applicant/cases/${caseId}/decision.pdf`).buffer(true).parse(binary).expect(200);
    expect((await pdfText(pdf.body as Buffer)).text).toContain('Delavslag');

    const other = await loginApplicant(
      t.app,
      await createApplicant(t.database.db, municipality.id),
      municipality.slug,
      TEST_PASSWORD,
    );
    await other.get(`/api/applicant/cases/${caseId}/decision`).expect(404);
    await other.get(`/api/applicant/cases/${caseId}/decision.pdf`).expect(404);
    await caseworker.get(`/api/applicant/cases/${caseId}/decision.pdf`).expect(403);
  });
});
