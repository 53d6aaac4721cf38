import { useTranslation } from 'react-i18next';
import type { FormData, StepDefinition } from '@ebistans/schema';
import { FormStep, useDocumentTitle, useLanguage } from '@ebistans/ui';
import { usePrintNavigation } from '../hooks/use-print-navigation';
import { usePrintAnswers } from '../hooks/use-print-session';
import { printForm } from '../lib/print-form';

/** One step of the monthly form, filled in to print: the same questions and checks as when logged in. */
export function PrintStep({ step }: { step: StepDefinition }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { answers, save } = usePrintAnswers();
  const navigation = usePrintNavigation();
  const position = navigation.position(step.id, answers);
  useDocumentTitle(
    t('print.stepTitle', { current: position.number, total: position.total, title: step.title[language] }),
  );

  function leave(data: FormData, move: (stepId: string, answers: FormData) => void) {
    save({ answers: data });
    move(step.id, data);
  }

  return (
    <FormStep
      form={printForm}
      step={step}
      answers={answers}
      onNext={(data) => leave(data, navigation.goNext)}
      onBack={(data) => leave(data, navigation.goBack)}
      nextLabel={t('print.next')}
      backLabel={t('print.back')}
      progress={
        <>
          <p className="caption">{t('print.caption')}</p>
          <p className="caption">{t('print.progress', { current: position.number, total: position.total })}</p>
        </>
      }
    >
      {step.intro ? <p className="lead">{step.intro[language]}</p> : null}
    </FormStep>
  );
}
