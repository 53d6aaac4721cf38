import { describe, expect, it } from 'vitest';
import type { FieldIssue, FormData } from '../common/form-definition.js';
import { validateForm } from '../common/validate.js';
import { exampleMonthlyApplication } from './examples.js';
import { manadsansokanV2 } from './manadsansokan/v2.js';

const today = new Date('2026-11-22T12:00:00+01:00');
const context = { today, applicantIdentityNumber: '19121212-1212' };
const base = exampleMonthlyApplication('2026-12');

type Change = (data: FormData) => FormData;

const children = base.children as FormData[];
const withChild =
  (index: number, values: FormData): Change =>
  (data) => ({
    ...data,
    children: children.map((child, at) => (at === index ? { ...child, ...values } : child)),
  });

/** Each cross-field check: an answer that breaks it, and what a person sees. */
const cases: [code: string, change: Change, expected: FieldIssue[]][] = [
  [
    'period_too_far_ahead',
    (data) => ({ ...data, period: '2027-01' }),
    [{ path: 'period', code: 'period_too_far_ahead' }],
  ],
  ['period_too_old', () => exampleMonthlyApplication('2026-09'), [{ path: 'period', code: 'period_too_old' }]],
  [
    'co_applicant_required',
    ({ coApplicant: _gone, ...data }) => data,
    [{ path: 'coApplicant', code: 'co_applicant_required' }],
  ],
  [
    'co_applicant_not_in_household',
    (data) => ({ ...data, civilStatus: 'single' }),
    [
      { path: 'contractHolder', code: 'co_applicant_not_in_household' },
      { path: 'incomes.0.recipient', code: 'co_applicant_not_in_household' },
    ],
  ],
  [
    'child_not_in_household',
    (data) => ({
      ...data,
      hasChildren: false,
      incomes: [{ type: 'salary', amount: 900, receivedOn: '2026-11-25', recipient: 'child' }],
    }),
    [{ path: 'incomes.0.recipient', code: 'child_not_in_household' }],
  ],
  [
    'child_too_old',
    withChild(0, { personnummer: '20051130-0006' }),
    [{ path: 'children.0.personnummer', code: 'child_too_old' }],
  ],
  [
    'child_days_inconsistent (alternating, every day)',
    withChild(1, { daysPerMonth: 31 }),
    [{ path: 'children.1.daysPerMonth', code: 'child_days_inconsistent' }],
  ],
  [
    'child_days_inconsistent (visiting, most of the month)',
    withChild(1, { livingArrangement: 'visiting', daysPerMonth: 20 }),
    [{ path: 'children.1.daysPerMonth', code: 'child_days_inconsistent' }],
  ],
  [
    'child_days_out_of_range',
    withChild(1, { daysPerMonth: 32 }),
    [{ path: 'children.1.daysPerMonth', code: 'number_out_of_range' }],
  ],
  [
    'person_duplicate (a child twice)',
    withChild(1, { personnummer: '201506014586' }),
    [{ path: 'children.1.personnummer', code: 'person_duplicate' }],
  ],
  [
    "person_duplicate (the applicant's own number)",
    (data) => ({ ...data, coApplicant: { name: 'Tolvan', personnummer: '191212121212' } }),
    [{ path: 'coApplicant.personnummer', code: 'person_duplicate' }],
  ],
  [
    'cost_duplicate',
    (data) => ({ ...data, costs: [...(data.costs as FormData[]), { type: 'electricity', amount: 100 }] }),
    [{ path: 'costs.6.type', code: 'cost_duplicate' }],
  ],
  [
    'activity_conflict',
    (data) => ({
      ...data,
      coApplicantActivity: {
        activities: ['work', 'sick_leave'],
        workExtent: 'full_time',
        sickLeavePercent: '100',
        hasPlannedActivities: false,
      },
    }),
    [{ path: 'coApplicantActivity.sickLeavePercent', code: 'activity_conflict' }],
  ],
  [
    'date_range_reversed',
    (data) => ({
      ...data,
      staysInMunicipality: false,
      awayFrom: '2026-12-20',
      awayTo: '2026-12-10',
      awayReason: 'Besöker min mamma.',
    }),
    [{ path: 'awayTo', code: 'date_range_reversed' }],
  ],
  [
    'income_date_out_of_range',
    (data) => ({
      ...data,
      incomes: [{ type: 'salary', amount: 4200, receivedOn: '2026-08-25', recipient: 'co_applicant' }],
    }),
    [{ path: 'incomes.0.receivedOn', code: 'income_date_out_of_range' }],
  ],
];

describe('cross-field checks of the monthly application', () => {
  it('finds nothing in the realistic household', () => {
    expect(validateForm(manadsansokanV2, base, context)).toEqual([]);
  });

  it.each(cases)('%s', (_, change, expected) => {
    expect(validateForm(manadsansokanV2, change(base), context)).toEqual(expected);
  });

  it('counts the days of the month applied for: 30 days in a 30-day month is every day', () => {
    const november = { ...exampleMonthlyApplication('2026-11'), ...withChild(1, { daysPerMonth: 31 })({}) };
    expect(validateForm(manadsansokanV2, november, context)).toEqual([
      { path: 'children.1.daysPerMonth', code: 'child_days_exceed_month' },
    ]);
  });

  it('accepts a child who turns 21 after the first day of the month applied for', () => {
    expect(validateForm(manadsansokanV2, withChild(0, { personnummer: '20051202-0009' })(base), context)).toEqual(
      validateForm(manadsansokanV2, base, context),
    );
  });
});
