import { describe, expect, it } from 'vitest';
import type { FormData } from '../common/form-definition.js';
import { changedAnswers, compareAnswers, type ComparisonItem } from './compare-answers.js';
import { exampleMonthlyApplication, shiftMonth } from './examples.js';
import { manadsansokanV1 } from './manadsansokan/v1.js';
import { manadsansokanV2 } from './manadsansokan/v2.js';

const period = '2026-12';
const lastMonth = exampleMonthlyApplication(shiftMonth(period, -1));
const thisMonth = exampleMonthlyApplication(period);

function compare(before: FormData, after: FormData, language: 'sv' | 'en' = 'sv') {
  return compareAnswers({ form: manadsansokanV2, data: before }, { form: manadsansokanV2, data: after }, language);
}

const items = (sections: ReturnType<typeof compare>) => sections.flatMap((section) => section.items);
const at = (sections: ReturnType<typeof compare>, path: string, kind: ComparisonItem['kind'] = 'field') =>
  items(sections).find((item) => item.path === path && item.kind === kind);

describe('compareAnswers', () => {
  it('finds only the month and the dates that follow it changed when nothing else differs', () => {
    const changed = changedAnswers(compare(lastMonth, thisMonth)).map((item) => item.path);
    expect(changed).toEqual(['period', 'incomes.0.receivedOn', 'incomes.1.receivedOn', 'incomes.2.receivedOn']);
    expect(at(compare(lastMonth, thisMonth), 'period')).toMatchObject({
      status: 'changed',
      label: 'Månad',
      before: 'november 2026',
      after: 'december 2026',
    });
  });

  it('gives new, changed, removed and unchanged answers with both texts as people read them', () => {
    const after = {
      ...thisMonth,
      rent: 7600,
      email: undefined,
      hasOtherMembers: true,
      otherMembers: [{ name: 'Mormor Tolvansson', birthYear: 1950, relation: 'mamma', paysRent: false }],
    };
    const sections = compare(thisMonth, after);
    expect(at(sections, 'rent')).toMatchObject({ status: 'changed', before: '7\u00a0400 kr', after: '7\u00a0600 kr' });
    expect(at(sections, 'landlord')).toMatchObject({ status: 'unchanged', before: 'Kommunala Bostäder AB' });
    expect(at(sections, 'email')).toMatchObject({
      status: 'changed',
      before: 'tolvan@example.se',
      after: 'Inget svar',
    });
    expect(at(sections, 'hasOtherMembers')).toMatchObject({ status: 'changed', before: 'Nej', after: 'Ja' });
    expect(at(sections, 'otherMembers.0', 'row')).toMatchObject({
      status: 'new',
      label: expect.stringMatching(/Mormor/),
    });
    expect(at(sections, 'otherMembers.0.name')).toMatchObject({
      status: 'new',
      before: null,
      after: 'Mormor Tolvansson',
    });
  });

  it('pairs list rows by who or what they are about, so a removed child does not change the next one', () => {
    const children = thisMonth.children as FormData[];
    const sections = compare(thisMonth, { ...thisMonth, children: [children[1]] });
    const rows = items(sections).filter((item) => item.kind === 'row' && item.path.startsWith('children'));
    expect(rows.map((row) => [row.label, row.status])).toEqual([
      ['Barn 1 – Elis Tolvansson', 'unchanged'],
      ['Barn 1 – Alva Tolvansson', 'removed'],
    ]);
    const removedName = items(sections).find(
      (item) => item.kind === 'field' && item.status === 'removed' && item.before === 'Alva Tolvansson',
    );
    expect(removedName).toMatchObject({ after: null, context: ['Barn 1 – Alva Tolvansson'] });
  });

  it('marks a row changed when one of its answers changed, and names the row in the context', () => {
    const costs = (thisMonth.costs as FormData[]).map((cost) =>
      cost.type === 'electricity' ? { ...cost, amount: 700 } : cost,
    );
    const sections = compare(thisMonth, { ...thisMonth, costs });
    expect(at(sections, 'costs.0', 'row')).toMatchObject({ status: 'changed', label: 'Kostnad 1 – Hushållsel' });
    expect(at(sections, 'costs.0.amount')).toMatchObject({
      status: 'changed',
      context: ['Kostnad 1 – Hushållsel'],
      before: '640 kr',
      after: '700 kr',
    });
    expect(at(sections, 'costs.1', 'row')?.status).toBe('unchanged');
  });

  it('lists a whole step that is no longer asked as removed', () => {
    const single = { ...thisMonth, civilStatus: 'single', coApplicant: undefined, coApplicantActivity: undefined };
    const sections = compare(thisMonth, single);
    const coApplicant = sections.find((section) => section.stepId === 'co-applicant');
    expect(coApplicant?.items.every((item) => item.status === 'removed')).toBe(true);
    expect(coApplicant?.items.map((item) => item.before)).toContain('Kim Tolvansson');
  });

  it('compares answers given in different versions of the form, each read by its own version', () => {
    const old = {
      period: '2026-11',
      civilStatus: 'single',
      rent: 5400,
      hasIncome: true,
      incomeAmount: 6000,
      declaration: true,
    };
    const sections = compareAnswers(
      { form: manadsansokanV1, data: old },
      { form: manadsansokanV2, data: thisMonth },
      'sv',
    );
    expect(at(sections, 'incomeAmount')).toMatchObject({ status: 'removed', before: '6\u00a0000 kr', after: null });
    expect(at(sections, 'rent')).toMatchObject({ status: 'changed', before: '5\u00a0400 kr' });
  });

  it('speaks English too', () => {
    expect(at(compare(lastMonth, thisMonth, 'en'), 'period')).toMatchObject({
      label: 'Month',
      after: 'December 2026',
    });
  });
});
