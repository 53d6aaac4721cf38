import {
  adjustmentIssues,
  approvesAllCosts,
  calculateDecision,
  decisionIssues,
  type DecisionAdjustments,
  type DecisionAdult,
  type DecisionInput,
  type DecisionIssueCode,
  type DecisionOutcome,
  type NormResult,
} from '@ebistans/schema';
import type { DecisionRequest } from '../api/decision';

/** The form as typed: amounts are text until they are sent, so a half-typed number is never lost. */
export interface DecisionFormValues {
  outcome: DecisionOutcome | '';
  amount: string;
  motivation: string;
  /** One per cost line of the input, in its order, so error paths from the API (`costs.0.approved`) match. */
  costs: { approved: string }[];
  incomes: { jobStimulus: boolean }[];
  hindrances: Record<DecisionAdult, string>;
}

export interface DecisionIssue {
  path: string;
  code: DecisionIssueCode;
}

/** Whole kronor typed with or without thousands spaces ("7 400"); undefined for anything else. */
export function parseKronor(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0]/g, '');
  return /^\d{1,8}$/.test(compact) ? Number(compact) : undefined;
}

export function initialValues(input: DecisionInput, proposed: number): DecisionFormValues {
  return {
    outcome: '',
    amount: String(proposed),
    motivation: '',
    costs: input.costs.map((cost) => ({ approved: String(cost.amount) })),
    incomes: input.incomes.map(() => ({ jobStimulus: false })),
    hindrances: { applicant: '', coApplicant: '' },
  };
}

/** Every line as the caseworker has set it; a line whose amount cannot be read yet counts as applied. */
export function adjustmentsFrom(input: DecisionInput, values: DecisionFormValues): DecisionAdjustments {
  return {
    costs: input.costs.flatMap((cost, index) => {
      const approved = parseKronor(values.costs[index]?.approved ?? '');
      return approved === undefined ? [] : [{ id: cost.id, approved }];
    }),
    incomes: input.incomes.map((income, index) => ({
      id: income.id,
      jobStimulus: values.incomes[index]?.jobStimulus ?? false,
    })),
  };
}

/** The calculation as it stands, recomputed by the same function the API uses. */
export function liveResult(input: DecisionInput, values: DecisionFormValues): NormResult | undefined {
  const adjustments = adjustmentsFrom(input, values);
  return adjustmentIssues(input, adjustments).length === 0 ? calculateDecision(input, adjustments) : undefined;
}

/** Whether the outcome grants aid, so that an amount is asked for. */
export const grants = (outcome: DecisionFormValues['outcome']) => outcome === 'bifall' || outcome === 'delavslag';

function hindrancesOf(values: DecisionFormValues, adults: readonly DecisionAdult[]) {
  return Object.fromEntries(
    adults.flatMap((adult) => (values.hindrances[adult] ? [[adult, values.hindrances[adult]]] : [])),
  ) as Partial<Record<DecisionAdult, string>>;
}

/** What the API would refuse, found before sending: the same rules, from @ebistans/schema. */
export function formIssues(
  input: DecisionInput,
  values: DecisionFormValues,
  adults: readonly DecisionAdult[],
): DecisionIssue[] {
  const unreadable: DecisionIssue[] = input.costs.flatMap((_, index) =>
    parseKronor(values.costs[index]?.approved ?? '') === undefined
      ? [{ path: `costs.${index}.approved`, code: 'decision_approved_invalid' as const }]
      : [],
  );
  const adjustments = adjustmentsFrom(input, values);
  const lineIssues = [...unreadable, ...adjustmentIssues(input, adjustments)];
  if (values.outcome === '') return [...lineIssues, { path: 'outcome', code: 'decision_outcome_required' }];
  const amount = parseKronor(values.amount);
  return [
    ...lineIssues,
    ...decisionIssues(
      {
        outcome: values.outcome,
        amount: grants(values.outcome) ? (amount ?? Number.NaN) : null,
        motivation: values.motivation,
        hindrances: hindrancesOf(values, adults),
      },
      {
        proposed: lineIssues.length === 0 ? calculateDecision(input, adjustments).amount : 0,
        allCostsApproved: approvesAllCosts(input, adjustments),
        adults,
      },
    ),
  ];
}

/** The request body; call only when `formIssues` found nothing. */
export function requestFrom(
  input: DecisionInput,
  values: DecisionFormValues,
  adults: readonly DecisionAdult[],
  outcome: DecisionOutcome,
): DecisionRequest {
  const adjustments = adjustmentsFrom(input, values);
  const motivation = values.motivation.trim();
  return {
    outcome,
    amount: grants(outcome) ? (parseKronor(values.amount) ?? null) : null,
    motivation: motivation === '' ? null : motivation,
    costs: [...adjustments.costs],
    incomes: [...adjustments.incomes],
    hindrances: hindrancesOf(values, adults) as DecisionRequest['hindrances'],
  };
}
