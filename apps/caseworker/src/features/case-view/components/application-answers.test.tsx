import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import {
  MONTHLY_APPLICATION_FORM_ID,
  NEW_APPLICATION_FORM_ID,
  SUPPLEMENT_FORM_ID,
  exampleMonthlyApplication,
  exampleNewApplication,
  exampleSupplement,
  nextPeriod,
  type FormData,
  type Language,
} from '@ebistans/schema';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { ApplicationAnswers } from './application-answers';

const period = nextPeriod();

function renderAnswers(formId: string, formVersion: number, data: FormData, language: Language) {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage(language);
  render(
    <I18nextProvider i18n={i18n}>
      <ApplicationAnswers item={{ formId, formVersion, data }} />
    </I18nextProvider>,
  );
}

const cases = [
  {
    formId: MONTHLY_APPLICATION_FORM_ID,
    formVersion: 2,
    data: exampleMonthlyApplication(period),
    sv: { titles: ['Barn 1', 'Barn 2', 'Inkomst 1', 'Kostnad 6'], texts: ['7 400 kr', '15 dagar', 'Sambo'] },
    en: { titles: ['Child 1', 'Child 2', 'Income 1', 'Cost 6'], texts: ['7,400 kr', '15 days', 'Cohabiting'] },
  },
  {
    formId: NEW_APPLICATION_FORM_ID,
    formVersion: 1,
    data: exampleNewApplication(period),
    sv: { titles: ['Tillgång 1', 'Ersättning 1'], texts: ['15 000 kr', 'Andrahandskontrakt'] },
    en: { titles: ['Asset 1', 'Benefit 1'], texts: ['15,000 kr', 'Sublet (second-hand contract)'] },
  },
  {
    formId: SUPPLEMENT_FORM_ID,
    formVersion: 1,
    data: exampleSupplement(period),
    sv: { titles: ['Inkomst 1', 'Kostnad 1'], texts: ['1 850 kr', 'Handläggaren har bett om det'] },
    en: { titles: ['Income 1', 'Cost 1'], texts: ['1,850 kr', 'The caseworker asked for it'] },
  },
];

describe('the caseworker’s application tab', () => {
  for (const example of cases) {
    for (const language of ['sv', 'en'] as const) {
      it(`shows the ${example.formId} example in ${language} with its list rows`, () => {
        renderAnswers(example.formId, example.formVersion, example.data, language);
        for (const title of example[language].titles) screen.getByRole('heading', { level: 4, name: title });
        for (const text of example[language].texts) expect(screen.getAllByText(text).length).toBeGreaterThan(0);
      });
    }
  }

  it('says so when the form version is not in this program', () => {
    renderAnswers('okänt-formulär', 9, {}, 'sv');
    expect(screen.getByText(/formuläret okänt-formulär version 9 saknas/)).toBeTruthy();
  });
});
