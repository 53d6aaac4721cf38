import { useTranslation } from 'react-i18next';
import { getForm } from '@ebistans/schema';
import { AnswerSections } from '@ebistans/ui';
import type { MyCase } from '../api/get-my-case';

/** The answers as the applicant gave them, in the form version the case was made with. */
export function CaseAnswers({ item }: { item: MyCase }) {
  const { t } = useTranslation();
  const form = getForm(item.formId, item.formVersion);
  return (
    <section aria-labelledby="case-answers-title">
      <h2 id="case-answers-title">{t('cases.answers')}</h2>
      {form ? <AnswerSections form={form} data={item.data} headingLevel={3} /> : <p>{t('cases.formMissing')}</p>}
    </section>
  );
}
