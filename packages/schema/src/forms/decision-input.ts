import { visibleAnswers, type FormData, type FormDefinition } from '../common/form-definition.js';
import { parseIdentityNumber } from '../common/personnummer.js';
import {
  calculateEntitlement,
  type NormChild,
  type NormCost,
  type NormHousehold,
  type NormIncome,
  type NormResult,
} from '../norm/calculate.js';
import { normTableFor } from '../norm/tables.js';
import { hasCoApplicant, integer, rows, text } from './answers.js';
import { COST_TYPES } from './sections/costs.js';
import { INCOME_TYPES } from './sections/economy.js';

/** A cost applied for, with an id (the answer's path) that the caseworker's approval refers to. */
export interface DecisionCost extends NormCost {
  id: string;
}

export type IncomeRecipient = 'applicant' | 'co_applicant' | 'child';

/** An income from the answers, with an id (the answer's path) that the jobbstimulans choice refers to. */
export interface DecisionIncome extends NormIncome {
  id: string;
  recipient: IncomeRecipient;
}

/** What the norm calculation of a decision starts from: the household, costs and incomes as applied for. */
export interface DecisionInput {
  period: string;
  household: NormHousehold & { children: NormChild[] };
  costs: DecisionCost[];
  incomes: DecisionIncome[];
}

/** The caseworker's part: the amount approved per cost line, and jobbstimulans per adult salary. */
export interface DecisionAdjustments {
  costs: readonly { id: string; approved: number }[];
  incomes: readonly { id: string; jobStimulus: boolean }[];
}

function label(options: readonly { value: string; label: { sv: string } }[], value: string): string {
  return options.find((option) => option.value === value)?.label.sv ?? value;
}

function recipientOf(value: unknown): IncomeRecipient {
  return value === 'co_applicant' || value === 'child' ? value : 'applicant';
}

/**
 * The calculator's input from a case's answers: children from their personnummer and days in the home,
 * the rent and every cost row, every income row and the rental income. Undefined when the answers have
 * no period with a norm table (an old or odd form), so there is nothing to calculate.
 */
export function decisionInput(form: FormDefinition, answers: FormData): DecisionInput | undefined {
  const data = visibleAnswers(form, answers);
  const period = text(data, 'period');
  if (!period) return undefined;
  try {
    normTableFor(period);
  } catch {
    return undefined;
  }
  const children: NormChild[] = rows(data, 'children').flatMap((child) => {
    const parsed = parseIdentityNumber(text(child, 'personnummer') ?? '');
    if (!parsed) return [];
    const days = integer(child, 'daysPerMonth');
    return [
      {
        birthDate: parsed.birthDate,
        ...(child.livingArrangement !== 'full_time' && days !== undefined ? { daysInHome: days } : {}),
      },
    ];
  });
  const costs: DecisionCost[] = [];
  const rent = integer(data, 'rent');
  if (rent !== undefined && rent > 0) costs.push({ id: 'rent', type: 'rent', label: 'Hyra', amount: rent });
  rows(data, 'costs').forEach((cost, index) => {
    const type = text(cost, 'type');
    const amount = integer(cost, 'amount');
    if (type && amount !== undefined) {
      costs.push({ id: `costs.${index}`, type, label: label(COST_TYPES, type), amount });
    }
  });
  const incomes: DecisionIncome[] = [];
  rows(data, 'incomes').forEach((income, index) => {
    const type = text(income, 'type');
    const amount = integer(income, 'amount');
    if (!type || amount === undefined) return;
    const recipient = recipientOf(income.recipient);
    incomes.push({
      id: `incomes.${index}`,
      type,
      label: label(INCOME_TYPES, type),
      amount,
      recipient,
      personKind: recipient === 'child' ? 'child' : 'adult',
    });
  });
  const rentalIncome = integer(data, 'rentalIncome');
  if (rentalIncome !== undefined && rentalIncome > 0) {
    incomes.push({
      id: 'rentalIncome',
      type: 'rental_income',
      label: 'Hyresintäkt',
      amount: rentalIncome,
      recipient: 'applicant',
      personKind: 'adult',
    });
  }
  return { period, household: { adults: hasCoApplicant(data) ? 2 : 1, children }, costs, incomes };
}

/** Jobbstimulans applies to an adult's net salary only (DOMAIN.md §1.4). */
export function allowsJobStimulus(income: DecisionIncome): boolean {
  return income.type === 'salary' && income.personKind === 'adult';
}

export type AdjustmentIssueCode =
  | 'decision_unknown_line'
  | 'decision_approved_invalid'
  | 'decision_approved_above_applied'
  | 'decision_job_stimulus_not_salary';

/**
 * What is wrong with the caseworker's adjustments, with paths into them (`costs.0.approved`): a line the
 * case does not have, an amount that is not whole kronor, more approved than applied for, or jobbstimulans
 * on anything but an adult's salary.
 */
export function adjustmentIssues(
  input: DecisionInput,
  adjustments: DecisionAdjustments,
): { path: string; code: AdjustmentIssueCode }[] {
  const issues: { path: string; code: AdjustmentIssueCode }[] = [];
  adjustments.costs.forEach((adjustment, index) => {
    const cost = input.costs.find((item) => item.id === adjustment.id);
    if (!cost) issues.push({ path: `costs.${index}.id`, code: 'decision_unknown_line' });
    else if (!Number.isInteger(adjustment.approved) || adjustment.approved < 0) {
      issues.push({ path: `costs.${index}.approved`, code: 'decision_approved_invalid' });
    } else if (adjustment.approved > cost.amount) {
      issues.push({ path: `costs.${index}.approved`, code: 'decision_approved_above_applied' });
    }
  });
  adjustments.incomes.forEach((adjustment, index) => {
    const income = input.incomes.find((item) => item.id === adjustment.id);
    if (!income) issues.push({ path: `incomes.${index}.id`, code: 'decision_unknown_line' });
    else if (adjustment.jobStimulus && !allowsJobStimulus(income)) {
      issues.push({ path: `incomes.${index}.jobStimulus`, code: 'decision_job_stimulus_not_salary' });
    }
  });
  return issues;
}

/**
 * The norm calculation with the caseworker's adjustments: a cost without an approval counts as applied,
 * an income without a choice has no jobbstimulans. Adjustments naming lines the input does not have are
 * ignored here; `adjustmentIssues` reports them.
 */
export function calculateDecision(input: DecisionInput, adjustments: DecisionAdjustments): NormResult {
  const costs = input.costs.map(({ type, label: costLabel, amount, id }) => {
    const approved = adjustments.costs.find((item) => item.id === id)?.approved;
    return { type, label: costLabel, amount, ...(approved === undefined ? {} : { approved }) };
  });
  const incomes = input.incomes.map(({ type, label: incomeLabel, amount, personKind, id }) => ({
    type,
    label: incomeLabel,
    amount,
    personKind,
    jobStimulus: adjustments.incomes.some((item) => item.id === id && item.jobStimulus),
  }));
  return calculateEntitlement(input.household, costs, incomes, input.period);
}

/** True when every cost is approved as applied: then the calculation grants what was asked for. */
export function approvesAllCosts(input: DecisionInput, adjustments: DecisionAdjustments): boolean {
  return input.costs.every((cost) => {
    const approved = adjustments.costs.find((item) => item.id === cost.id)?.approved;
    return approved === undefined || approved === cost.amount;
  });
}
