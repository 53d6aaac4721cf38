import type { FormData, FormDefinition } from '../common/form-definition.js';
import type { NormResult } from '../norm/calculate.js';
import { calculateDecision, decisionInput } from './decision-input.js';

/**
 * A non-binding estimate of the month's assistance from the answers, by the riksnorm calculator: every
 * cost applied for counted as approved, every income as given, no jobbstimulans or children's-earnings
 * disregard (they depend on history the form does not know). Undefined when the answers do not yet say
 * enough (no valid period, or a period without a norm table). The caseworker's decision is what counts:
 * it starts from the same input and adjusts it line by line.
 */
export function estimateEntitlement(form: FormDefinition, answers: FormData): NormResult | undefined {
  const input = decisionInput(form, answers);
  return input && calculateDecision(input, { costs: [], incomes: [] });
}
