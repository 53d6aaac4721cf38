import { describe, expect, it } from 'vitest';
import { exampleMonthlyApplication } from '../forms/examples.js';
import { manadsansokanV2 } from '../forms/manadsansokan/v2.js';
import { carryOverAnswers } from './carry-over.js';

describe('start from last month', () => {
  const last = exampleMonthlyApplication('2026-11');
  const { data, copied } = carryOverAnswers(manadsansokanV2, last);

  it('copies the household, housing, assets, activities, costs and payment', () => {
    expect(data).toMatchObject({
      civilStatus: 'sambo',
      coApplicant: last.coApplicant,
      children: last.children,
      housingType: 'rental',
      rent: 7400,
      costs: last.costs,
      applicantActivity: last.applicantActivity,
      paymentMethod: 'same_as_last',
    });
    expect(copied).toContain('children');
  });

  it('leaves the month, what changed, last month’s incomes, the message and the declaration to be answered anew', () => {
    for (const name of ['period', 'hasChanges', 'changedAreas', 'lastMonthCostsPaid', 'incomes', 'declaration']) {
      expect(data).not.toHaveProperty(name);
      expect(copied).not.toContain(name);
    }
    expect(data.hasIncome).toBe(true);
  });

  it('keeps only what the current version asks when the last case was made with an older one', () => {
    const old = { period: '2026-10', civilStatus: 'single', rent: 5400, hasIncome: true, incomeAmount: 6000, declaration: true };
    const carried = carryOverAnswers(manadsansokanV2, old);
    expect(carried.data).toEqual({ civilStatus: 'single', hasIncome: true });
  });
});
