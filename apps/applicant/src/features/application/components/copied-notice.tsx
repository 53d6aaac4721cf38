import { useTranslation } from 'react-i18next';
import { formatMonth, type StepDefinition } from '@ebistans/schema';
import { useLanguage } from '@ebistans/ui';
import { useAnswers } from '../hooks/use-answers';

/** On a step with answers copied from last month: a reminder to check that they still hold. */
export function CopiedNotice({ step }: { step: StepDefinition }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { copied } = useAnswers();
  if (!copied || !step.fields.some((field) => copied.names.includes(field.name))) return null;
  return (
    <p className="notice">
      {t('application.copied.onStep', { period: formatMonth(copied.sourceCase.period, language) })}
    </p>
  );
}
