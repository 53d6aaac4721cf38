import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormData, FormDefinition, StepDefinition } from '@ebistans/schema';
import { FormStep, useDocumentTitle, useLanguage } from '@ebistans/ui';
import { useAnswers } from '../hooks/use-answers';
import { useApplicationNavigation } from '../hooks/use-application-navigation';
import { CopiedNotice } from './copied-notice';
import { StepProgress } from './step-progress';

interface StepFormProps {
  form: FormDefinition;
  step: StepDefinition;
}

/** One step of the application as its own page, saved to the draft as the person types. */
export function StepForm({ form, step }: StepFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { answers, change, commit, flush } = useAnswers();
  const navigation = useApplicationNavigation();
  const position = navigation.position(step.id, answers);
  useDocumentTitle(
    t('application.stepTitle', { current: position.number, total: position.total, title: step.title[language] }),
  );
  // Leaving a field saves at once, so that logging out or closing the tab right after typing loses nothing.
  const onFieldLeave = useCallback(() => void flush(), [flush]);

  // Leaving a step saves it at once, without waiting for the server before the next page shows.
  function leave(data: FormData, move: (stepId: string, answers: FormData) => void) {
    void commit(data);
    move(step.id, data);
  }

  return (
    <FormStep
      form={form}
      step={step}
      answers={answers}
      onChange={change}
      onFieldLeave={onFieldLeave}
      onNext={(data) => leave(data, navigation.goNext)}
      onBack={(data) => leave(data, navigation.goBack)}
      nextLabel={t('application.next')}
      backLabel={t('application.back')}
      progress={<StepProgress current={position.number} total={position.total} />}
    >
      {step.intro ? <p className="lead">{step.intro[language]}</p> : null}
      <CopiedNotice step={step} />
    </FormStep>
  );
}
