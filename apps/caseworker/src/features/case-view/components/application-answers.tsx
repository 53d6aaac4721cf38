import { useTranslation } from 'react-i18next';
import { getForm } from '@ebistans/schema';
import { AnswerSections } from '@ebistans/ui';
import type { StaffCase } from '../api/get-staff-case';

/** The "Ansökan" tab: every answer, labelled by the form version the applicant used. */
export function ApplicationAnswers({ item }: { item: Pick<StaffCase, 'formId' | 'formVersion' | 'data'> }) {
  const { t } = useTranslation();
  const form = getForm(item.formId, item.formVersion);
  if (!form) return <p>{t('caseView.formMissing', { formId: item.formId, formVersion: item.formVersion })}</p>;
  return <AnswerSections form={form} data={item.data} headingLevel={3} />;
}
