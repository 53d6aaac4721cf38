import { describe, expect, it } from 'vitest';
import { adjustmentIssues, approvesAllCosts, calculateDecision, decisionInput } from './decision-input.js';
import { decisionIssues, type DecisionChoice } from './decision-rules.js';
import { estimateEntitlement } from './estimate.js';
import { exampleMonthlyApplication } from './examples.js';
import { FORSORJNINGSHINDER } from './forsorjningshinder.js';
import { manadsansokanV2 } from './manadsansokan/v2.js';

const answers = exampleMonthlyApplication('2026-12');
const input = decisionInput(manadsansokanV2, answers)!;
const none = { costs: [], incomes: [] };

describe("the decision's calculation", () => {
  it('starts from the answers as applied for: the same result as the estimate', () => {
    expect(calculateDecision(input, none)).toEqual(estimateEntitlement(manadsansokanV2, answers));
    expect(input.costs.map((cost) => cost.id)).toEqual([
      'rent',
      'costs.0',
      'costs.1',
      'costs.2',
      'costs.3',
      'costs.4',
      'costs.5',
    ]);
    expect(input.incomes.map((income) => [income.id, income.recipient])).toEqual([
      ['incomes.0', 'co_applicant'],
      ['incomes.1', 'applicant'],
      ['incomes.2', 'applicant'],
    ]);
  });

  it('lowers the amount by what is approved less, and by 75 % of a salary under jobbstimulans', () => {
    const full = calculateDecision(input, none);
    const lower = calculateDecision(input, {
      costs: [{ id: 'costs.0', approved: 400 }],
      incomes: [{ id: 'incomes.0', jobStimulus: true }],
    });
    expect(lower.total).toBe(full.total - 240 + 1050);
    expect(lower.lines.find((line) => line.label.startsWith('Hushållsel'))?.label).toContain('godkänt 400 kr');
    expect(approvesAllCosts(input, { costs: [{ id: 'costs.0', approved: 400 }], incomes: [] })).toBe(false);
    expect(approvesAllCosts(input, { costs: [{ id: 'costs.0', approved: 640 }], incomes: [] })).toBe(true);
  });

  it('refuses unknown lines, more than applied, and jobbstimulans on anything but salary', () => {
    expect(
      adjustmentIssues(input, {
        costs: [
          { id: 'costs.9', approved: 1 },
          { id: 'rent', approved: 9000 },
          { id: 'costs.1', approved: -1 },
        ],
        incomes: [{ id: 'incomes.1', jobStimulus: true }],
      }),
    ).toEqual([
      { path: 'costs.0.id', code: 'decision_unknown_line' },
      { path: 'costs.1.approved', code: 'decision_approved_above_applied' },
      { path: 'costs.2.approved', code: 'decision_approved_invalid' },
      { path: 'incomes.0.jobStimulus', code: 'decision_job_stimulus_not_salary' },
    ]);
  });

  it('has nothing to calculate without a period that has a norm table', () => {
    expect(decisionInput(manadsansokanV2, { ...answers, period: '2031-01' })).toBeUndefined();
  });
});

describe('a consistent decision', () => {
  const facts = { proposed: 5000, allCostsApproved: true, adults: ['applicant', 'coApplicant'] as const };
  const hindrances = { applicant: 'unemployed_no_benefit', coApplicant: 'part_time_insufficient_income' };
  const choice = (overrides: Partial<DecisionChoice>): DecisionChoice => ({
    outcome: 'bifall',
    amount: 5000,
    motivation: null,
    hindrances,
    ...overrides,
  });
  const codes = (overrides: Partial<DecisionChoice>, override = {}) =>
    decisionIssues(choice(overrides), { ...facts, ...override }).map((issue) => `${issue.path}:${issue.code}`);

  it('accepts bifall of the calculated amount and delavslag of less, with reasons', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ outcome: 'delavslag', amount: 4000, motivation: 'Hyran är för hög.' })).toEqual([]);
    expect(codes({ outcome: 'avslag', amount: null, motivation: 'Inkomsten räcker.' }, { proposed: 0 })).toEqual([]);
    expect(codes({ outcome: 'avvisning', amount: null, motivation: 'Fel kommun.', hindrances: {} })).toEqual([]);
  });

  it('refuses combinations that do not hang together', () => {
    expect(codes({ amount: 4000 })).toEqual(['amount:decision_amount_not_proposed']);
    expect(codes({}, { allCostsApproved: false })).toEqual(['outcome:decision_bifall_with_reductions']);
    expect(codes({ outcome: 'delavslag', amount: 6000, motivation: 'x' })).toEqual([
      'amount:decision_amount_above_calculation',
    ]);
    expect(codes({ outcome: 'delavslag', amount: 5000, motivation: 'x' })).toEqual([
      'outcome:decision_delavslag_without_reduction',
    ]);
    expect(codes({ outcome: 'delavslag', amount: null })).toEqual([
      'amount:decision_amount_required',
      'motivation:decision_motivation_required',
    ]);
    expect(codes({ outcome: 'avslag', amount: 100, motivation: ' ' })).toEqual([
      'amount:decision_amount_not_allowed',
      'motivation:decision_motivation_required',
    ]);
    expect(codes({}, { proposed: 0 })).toEqual(['outcome:decision_nothing_to_grant']);
    expect(codes({ hindrances: { applicant: 'x' } })).toEqual([
      'hindrances.applicant:decision_hindrance_invalid',
      'hindrances.coApplicant:decision_hindrance_required',
    ]);
    expect(codes({}, { adults: ['applicant'] })).toEqual(['hindrances.coApplicant:decision_hindrance_no_such_adult']);
  });

  it('offers the 23 values caseworkers pick today', () => {
    expect(FORSORJNINGSHINDER).toHaveLength(23);
    expect(new Set(FORSORJNINGSHINDER.map((item) => item.code)).size).toBe(23);
  });
});
