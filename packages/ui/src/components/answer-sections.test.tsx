import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  MONTHLY_APPLICATION_FORM_ID,
  NEW_APPLICATION_FORM_ID,
  SUPPLEMENT_FORM_ID,
  currentForm,
  describeAnswers,
  exampleMonthlyApplication,
  exampleNewApplication,
  exampleSupplement,
  formatMonth,
  nextPeriod,
  type AnswerEntry,
  type FormData,
  type Language,
} from '@ebistans/schema';
import { renderWithI18n } from '../test-support/render-with-i18n.js';
import { AnswerSections } from './answer-sections.js';

const period = nextPeriod();

const examples = [
  {
    formId: MONTHLY_APPLICATION_FORM_ID,
    data: exampleMonthlyApplication(period),
    texts: {
      sv: ['Barn 1', 'Barn 2', 'Inkomst 3', 'Kostnad 6', '7 400 kr', 'Kim Tolvansson', formatMonth(period, 'sv')],
      en: ['Child 1', 'Child 2', 'Income 3', 'Cost 6', '7,400 kr', 'Kim Tolvansson', formatMonth(period, 'en')],
    },
  },
  {
    formId: NEW_APPLICATION_FORM_ID,
    data: exampleNewApplication(period),
    texts: {
      sv: ['Inkomst 1', 'Ersättning 1', 'Tillgång 1', 'Kostnad 1', '15 000 kr', 'Volvo V70 från 2008'],
      en: ['Income 1', 'Benefit 1', 'Asset 1', 'Cost 1', '15,000 kr', 'Volvo V70 från 2008'],
    },
  },
  {
    formId: SUPPLEMENT_FORM_ID,
    data: exampleSupplement(period),
    texts: {
      sv: ['Inkomst 1', 'Kostnad 1', '1 850 kr', 'Lagning av en tand', 'Tandvård'],
      en: ['Income 1', 'Cost 1', '1,850 kr', 'Lagning av en tand', 'Dental care'],
    },
  },
];

/** Every value entry's label with its text, and every list row's title, however deep they are nested. */
function flatten(entries: readonly AnswerEntry[]): { values: { label: string; text: string }[]; titles: string[] } {
  const values: { label: string; text: string }[] = [];
  const titles: string[] = [];
  const visit = (entry: AnswerEntry) => {
    if (entry.kind === 'value') values.push({ label: entry.label, text: entry.text });
    else if (entry.kind === 'group') entry.entries.forEach(visit);
    else
      entry.items.forEach((item) => {
        titles.push(item.title);
        item.entries.forEach(visit);
      });
  };
  entries.forEach(visit);
  return { values, titles };
}

/** Whether a term with this label is followed by a value with this text somewhere on the page. */
function hasAnswer(label: string, text: string): boolean {
  const normalise = (value: string | null) => (value ?? '').replace(/\s+/g, ' ').trim();
  return Array.from(document.querySelectorAll('dt')).some(
    (term) =>
      normalise(term.textContent) === normalise(label) &&
      normalise(term.nextElementSibling?.textContent ?? null) === normalise(text),
  );
}

function renderAnswers(formId: string, data: FormData, language: Language) {
  const form = currentForm(formId);
  if (!form) throw new Error(`No form ${formId}`);
  renderWithI18n(<AnswerSections form={form} data={data} headingLevel={2} />, language);
  return describeAnswers(form, data, language);
}

describe('AnswerSections', () => {
  for (const example of examples) {
    for (const language of ['sv', 'en'] as const) {
      it(`shows every answer of the ${example.formId} example in ${language}, list rows under their titles`, () => {
        const sections = renderAnswers(example.formId, example.data, language);
        for (const text of example.texts[language]) expect(screen.getAllByText(text).length).toBeGreaterThan(0);
        for (const section of sections) {
          screen.getByRole('heading', { level: 2, name: section.title });
          const { values, titles } = flatten(section.entries);
          for (const { label, text } of values) expect(hasAnswer(label, text), `${label}: ${text}`).toBe(true);
          for (const title of titles) expect(screen.getAllByRole('heading', { name: title }).length).toBeGreaterThan(0);
        }
      });
    }
  }

  it('nests a list row’s answers under the row’s heading', () => {
    renderAnswers(MONTHLY_APPLICATION_FORM_ID, exampleMonthlyApplication(period), 'sv');
    const row = screen.getByRole('heading', { level: 3, name: 'Barn 2' }).parentElement;
    if (!row) throw new Error('No row');
    expect(within(row).getByText('Elis Tolvansson')).toBeTruthy();
    expect(within(row).getByText('15 dagar')).toBeTruthy();
    expect(within(row).queryByText('Alva Tolvansson')).toBeNull();
  });

  it('offers an action per step, such as a change link', () => {
    const form = currentForm(SUPPLEMENT_FORM_ID);
    if (!form) throw new Error('No form');
    renderWithI18n(
      <AnswerSections
        form={form}
        data={exampleSupplement(period)}
        headingLevel={2}
        stepAction={(section) => <a href={`#${section.stepId}`}>Ändra {section.title}</a>}
      />,
    );
    expect(screen.getByRole('link', { name: 'Ändra Intyga och skicka' }).getAttribute('href')).toBe('#confirm');
  });
});
