import { visibleAnswers, type FormData, type FormDefinition } from '../common/form-definition.js';
import { parseIdentityNumber } from '../common/personnummer.js';
import {
  calculateEntitlement,
  type NormChild,
  type NormCost,
  type NormIncome,
  type NormResult,
} from '../norm/calculate.js';
import { normTableFor } from '../norm/tables.js';
import { hasCoApplicant, integer, rows, text } from './answers.js';
import { COST_TYPES } from './sections/costs.js';
import { INCOME_TYPES } from './sections/economy.js';

function label(options: readonly { value: string; label: { sv: string } }[], value: string): string {
  return options.find((option) => option.value === value)?.label.sv ?? value;
}

/**
 * A non-binding estimate of the month's assistance from the answers, by the riksnorm calculator: every
 * cost applied for counted as approved, every income as given, no jobbstimulans or children's-earnings
 * disregard (they depend on history the form does not know). Undefined when the answers do not yet say
 * enough (no valid period, or a period without a norm table). The caseworker's decision is what counts.
 */
export function estimateEntitlement(form: FormDefinition, answers: FormData): NormResult | undefined {
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
  const costs: NormCost[] = [];
  const rent = integer(data, 'rent');
  if (rent !== undefined && rent > 0) costs.push({ type: 'rent', label: 'Hyra', amount: rent });
  for (const cost of rows(data, 'costs')) {
    const type = text(cost, 'type');
    const amount = integer(cost, 'amount');
    if (type && amount !== undefined) costs.push({ type, label: label(COST_TYPES, type), amount });
  }
  const incomes: NormIncome[] = rows(data, 'incomes').flatMap((income) => {
    const type = text(income, 'type');
    const amount = integer(income, 'amount');
    if (!type || amount === undefined) return [];
    return [
      {
        type,
        label: label(INCOME_TYPES, type),
        amount,
        personKind: income.recipient === 'child' ? 'child' : 'adult',
      } as const,
    ];
  });
  const rentalIncome = integer(data, 'rentalIncome');
  if (rentalIncome !== undefined && rentalIncome > 0) {
    incomes.push({ type: 'rental_income', label: 'Hyresintäkt', amount: rentalIncome, personKind: 'adult' });
  }
  const household = { adults: hasCoApplicant(data) ? (2 as const) : (1 as const), children };
  return calculateEntitlement(household, costs, incomes, period);
}
