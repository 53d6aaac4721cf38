import { useTranslation } from 'react-i18next';
import { getForm } from '@ebistans/schema';
import { AnswerSections } from '@ebistans/ui';
import type { MyCase } from '../api/get-my-case';
import { CaseFacts } from './case-facts';

/** A submitted case: its facts, then the answers as the applicant gave them. */
export function CaseDetails({ item }: { item: MyCase }) {
  const { t } = useTranslation();
  const form = getForm(item.formId, item.formVersion);
  return (
    <>
      <CaseFacts item={item} withPeriod />
      <h2>{t('cases.answers')}</h2>
      {form ? <AnswerSections form={form} data={item.data} headingLevel={3} /> : <p>{t('cases.formMissing')}</p>}
    </>
  );
}
