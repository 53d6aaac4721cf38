import { useTranslation } from 'react-i18next';
import { formatIdentityNumber, formatMonth } from '@ebistans/schema';
import { SummaryList, caseStatusText, formatDateTime, formatDueDay, useLanguage } from '@ebistans/ui';
import type { StaffCase } from '../api/get-staff-case';
import { ColourLabel } from '../../../components/colour-label';

/** Who applied, for when, who handles it and where the case stands. */
export function CaseHeader({ item }: { item: StaffCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const overdue = item.dueAt !== null && new Date(item.dueAt) < new Date();
  const rows = [
    {
      term: t('caseView.applicant'),
      value: `${item.applicant.name}, ${formatIdentityNumber(item.applicant.personnummer)}`,
    },
    ...(item.coApplicant
      ? [
          {
            term: t('caseView.coApplicant'),
            value: item.coApplicant.personnummer
              ? `${item.coApplicant.name}, ${formatIdentityNumber(item.coApplicant.personnummer)}`
              : item.coApplicant.name,
          },
        ]
      : []),
    { term: t('caseView.period'), value: formatMonth(item.period, language) },
    { term: t('caseView.submittedAt'), value: formatDateTime(item.submittedAt, language) },
    { term: t('manualCases.channelTerm'), value: t(`manualCases.channel.${item.channel}`) },
    { term: t('caseView.status'), value: caseStatusText(item.status, t) },
    {
      term: t('caseView.assignees'),
      value: item.assignees.length > 0 ? item.assignees.map((person) => person.name).join(', ') : t('caseView.nobody'),
    },
    {
      term: t('caseView.dueAt'),
      value: item.dueAt ? `${formatDueDay(item.dueAt, language)}${overdue ? ` – ${t('caseView.overdue')}` : ''}` : '–',
    },
    { term: t('caseView.externalCaseNumber'), value: item.externalCaseNumber ?? '–' },
  ];
  return (
    <>
      {item.isTest ? (
        <p>
          <span className="tag tag--test">{t('caseRemoval.testCase')}</span>
        </p>
      ) : null}
      {item.handedOverAt ? (
        <p className="notice">{t('caseRemoval.handedOverAt', { date: formatDateTime(item.handedOverAt, language) })}</p>
      ) : null}
      {item.flagged || item.colour ? (
        <p>
          {item.flagged ? <span className="tag">{t('caseView.flagged')}</span> : null}{' '}
          {item.colour ? <ColourLabel colour={item.colour} /> : null}
        </p>
      ) : null}
      <SummaryList rows={rows} />
    </>
  );
}
