import { describe, expect, it } from 'vitest';
import { exampleMonthlyApplication } from '../forms/examples.js';
import { manadsansokanV1 } from '../forms/manadsansokan/v1.js';
import { manadsansokanV2 } from '../forms/manadsansokan/v2.js';
import { describeAnswers, type AnswerEntry } from './describe.js';

const household = exampleMonthlyApplication('2026-12');

function find(entries: AnswerEntry[], path: string): AnswerEntry | undefined {
  for (const entry of entries) {
    if (entry.path === path) return entry;
    const inner =
      entry.kind === 'group' ? entry.entries : entry.kind === 'list' ? entry.items.flatMap((item) => item.entries) : [];
    const found = find(inner, path);
    if (found) return found;
  }
  return undefined;
}

describe('describeAnswers', () => {
  const sections = describeAnswers(manadsansokanV2, household, 'sv');
  const all = sections.flatMap((section) => section.entries);

  it('gives the visible steps with their titles, in order', () => {
    expect(sections.map((section) => section.title)).toContain('Din medsökande');
    const single = describeAnswers(manadsansokanV2, { ...household, civilStatus: 'single' }, 'sv');
    expect(single.map((section) => section.stepId)).not.toContain('co-applicant');
  });

  it('formats amounts, months, dates, choices, yes/no and personnummer as people read them', () => {
    const text = (path: string) => {
      const entry = find(all, path);
      return entry?.kind === 'value' ? entry.text : undefined;
    };
    expect(text('period')).toBe('december 2026');
    expect(text('rent')).toBe('7\u00a0400 kr');
    expect(text('incomes.0.receivedOn')).toBe('25 november 2026');
    expect(text('incomes.0.recipient')).toBe('Min medsökande (make, maka eller sambo)');
    expect(text('children.1.daysPerMonth')).toBe('15 dagar');
    expect(text('children.0.registeredHere')).toBe('Ja');
    expect(text('coApplicant.personnummer')).toBe('19820310-2382');
    expect(text('applicantActivity.activities')).toBe('Söker arbete, Läser svenska för invandrare (sfi)');
  });

  it('titles list rows and leaves out hidden questions inside them', () => {
    const children = find(all, 'children');
    expect(children?.kind === 'list' && children.items.map((item) => item.title)).toEqual(['Barn 1', 'Barn 2']);
    expect(find(all, 'children.0.daysPerMonth')).toBeUndefined();
  });

  it('speaks English too', () => {
    const english = describeAnswers(manadsansokanV2, household, 'en').flatMap((section) => section.entries);
    const entry = find(english, 'period');
    expect(entry?.kind === 'value' && entry.text).toBe('December 2026');
  });

  it('reads cases made with an old version by that version', () => {
    const old = {
      period: '2026-12',
      civilStatus: 'single',
      rent: 5400,
      hasIncome: true,
      incomeAmount: 6000,
      declaration: true,
    };
    const entries = describeAnswers(manadsansokanV1, old, 'sv').flatMap((section) => section.entries);
    expect(find(entries, 'incomeAmount')).toMatchObject({
      label: 'Inkomster efter skatt, totalt',
      text: '6\u00a0000 kr',
    });
  });
});
