import { describe, expect, it } from 'vitest';
import { calculateEntitlement } from '../norm/calculate.js';
import { estimateEntitlement } from './estimate.js';
import { exampleMonthlyApplication } from './examples.js';
import { manadsansokanV2 } from './manadsansokan/v2.js';

describe('the estimate from the answers', () => {
  it('reproduces DOMAIN.md §1.5: single adult, rent 5 400, four costs, sickness benefit 6 000 → 5 290 kr in 2026', () => {
    const answers = {
      period: '2026-03',
      civilStatus: 'single',
      hasChildren: false,
      housingType: 'rental',
      rent: 5400,
      hasIncome: true,
      incomes: [{ type: 'sickness_benefit', amount: 6000, receivedOn: '2026-02-25', recipient: 'applicant' }],
      appliesForCosts: true,
      costs: [
        { type: 'electricity', amount: 300 },
        { type: 'home_insurance', amount: 120 },
        { type: 'union_fee', amount: 150 },
        { type: 'unemployment_fund_fee', amount: 100 },
      ],
    };
    const estimate = estimateEntitlement(manadsansokanV2, answers);
    expect(estimate?.amount).toBe(5290);
    expect(estimate?.lines.map((line) => line.label)).toEqual(
      expect.arrayContaining(['Hyra', 'Hushållsel', 'Sjukpenning']),
    );
  });

  it('counts the couple, both children (one for 15 days), rent, six costs and three incomes of the example household', () => {
    const data = exampleMonthlyApplication('2026-12');
    const expected = calculateEntitlement(
      { adults: 2, children: [{ birthDate: '2015-06-01' }, { birthDate: '2019-02-14', daysInHome: 15 }] },
      [
        { type: 'rent', label: 'Hyra', amount: 7400 },
        ...[640, 189, 320, 160, 350, 430].map((amount, index) => ({ type: `cost${index}`, label: 'x', amount })),
      ],
      [4200, 2650, 1800].map((amount) => ({ type: 'x', label: 'x', amount, personKind: 'adult' as const })),
      '2026-12',
    );
    const estimate = estimateEntitlement(manadsansokanV2, data);
    expect(estimate?.householdSize).toBe(4);
    expect(estimate?.amount).toBe(expected.amount);
    expect(estimate?.countedIncomes).toBe(8650);
  });

  it('leaves out answers to hidden questions, and gives nothing until the month is known', () => {
    const data = exampleMonthlyApplication('2026-12');
    const single = estimateEntitlement(manadsansokanV2, { ...data, civilStatus: 'single', hasChildren: false });
    expect(single?.householdSize).toBe(1);
    expect(estimateEntitlement(manadsansokanV2, { ...data, period: undefined })).toBeUndefined();
    expect(estimateEntitlement(manadsansokanV2, { ...data, period: '2031-01' })).toBeUndefined();
  });
});
