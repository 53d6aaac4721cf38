import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  isFieldVisible,
  type FieldDefinition,
  type FormData,
  type FormDefinition,
  type Language,
  type StepDefinition,
} from '@ebistans/schema';
import { useLanguage } from '../i18n/use-language.js';
import { formatKronor, formatMonth } from '../lib/format.js';

function answerText(field: FieldDefinition, value: unknown, language: Language, t: TFunction): string {
  if (value === undefined || value === null || value === '') return t('ui.field.noAnswer');
  if (typeof value === 'boolean') return value ? t('ui.field.yes') : t('ui.field.no');
  if (field.kind === 'kronor' && typeof value === 'number') return formatKronor(value, language);
  if (field.kind === 'month' && typeof value === 'string') return formatMonth(value, language);
  if (field.kind === 'radio') {
    const option = field.options?.find((candidate) => candidate.value === value);
    if (option) return option.label[language];
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

interface AnswerListProps {
  form: FormDefinition;
  data: FormData;
  headingLevel: 2 | 3;
  /** Rendered next to each step's heading, such as an "Ändra" link. */
  stepAction?: (step: StepDefinition) => ReactNode;
}

/** Every answer under its step's heading, labelled as in the form the applicant filled in. */
export function AnswerList({ form, data, headingLevel, stepAction }: AnswerListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="answers">
      {form.steps.map((step) => (
        <div key={step.id} className="answers__step">
          <div className="answers__header">
            <Heading>{step.title[language]}</Heading>
            {stepAction?.(step)}
          </div>
          <dl className="summary-list">
            {step.fields
              .filter((field) => isFieldVisible(field, data))
              .map((field) => (
                <div key={field.name} className="summary-list__row">
                  <dt>{field.label[language]}</dt>
                  <dd>{answerText(field, data[field.name], language, t)}</dd>
                </div>
              ))}
          </dl>
        </div>
      ))}
    </div>
  );
}
