import { useTranslation } from 'react-i18next';
import { formatIdentityNumber, formatMonth } from '@ebistans/schema';
import { SummaryList, caseStatusText, formatDateTime, useLanguage } from '@ebistans/ui';
import type { StaffCase } from '../api/get-staff-case';

/** Who applied, for when, and where the case stands. */
export function CaseHeader({ item }: { item: StaffCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = [
    { term: t('caseView.applicant'), value: item.applicant.name },
    { term: t('caseView.personnummer'), value: formatIdentityNumber(item.applicant.personnummer) },
    { term: t('caseView.period'), value: formatMonth(item.period, language) },
    { term: t('caseView.status'), value: caseStatusText(item.status, t) },
    { term: t('caseView.submittedAt'), value: formatDateTime(item.submittedAt, language) },
  ];
  return <SummaryList rows={rows} />;
}
