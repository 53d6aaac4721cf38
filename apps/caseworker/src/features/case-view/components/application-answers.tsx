import { useTranslation } from 'react-i18next';
import { getForm } from '@ebistans/schema';
import { AnswerList } from '@ebistans/ui';
import type { StaffCase } from '../api/get-staff-case';

/** The "Ansökan" tab: every answer, labelled by the form version the applicant used. */
export function ApplicationAnswers({ item }: { item: StaffCase }) {
  const { t } = useTranslation();
  const form = getForm(item.formId, item.formVersion);
  if (!form) return <p>{t('caseView.formMissing', { formId: item.formId, formVersion: item.formVersion })}</p>;
  return <AnswerList form={form} data={item.data} headingLevel={3} />;
}
