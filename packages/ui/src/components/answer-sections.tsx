import type { ReactNode } from 'react';
import { describeAnswers, type AnswerSection, type FormData, type FormDefinition } from '@ebistans/schema';
import { useLanguage } from '../i18n/use-language.js';
import { AnswerEntries } from './answer-entries.js';
import { Heading } from './heading.js';

interface AnswerSectionsProps {
  form: FormDefinition;
  data: FormData;
  headingLevel: 2 | 3;
  /** Rendered next to each step's heading, such as an "Ändra" link. */
  stepAction?: (section: AnswerSection) => ReactNode;
}

/**
 * Every answer under its step's heading, worded and formatted by the schema (`describeAnswers`) so the
 * applicant's review, the applicant's case page and the caseworker's case view read the same.
 */
export function AnswerSections({ form, data, headingLevel, stepAction }: AnswerSectionsProps) {
  const language = useLanguage();
  return (
    <div className="answers">
      {describeAnswers(form, data, language).map((section) => (
        <div key={section.stepId} className="answers__step">
          <div className="answers__header">
            <Heading level={headingLevel}>{section.title}</Heading>
            {stepAction?.(section)}
          </div>
          <AnswerEntries entries={section.entries} headingLevel={headingLevel + 1} />
        </div>
      ))}
    </div>
  );
}
