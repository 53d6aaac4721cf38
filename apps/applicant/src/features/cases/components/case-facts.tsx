import { useTranslation } from 'react-i18next';
import { formatMonth } from '@ebistans/schema';
import { SummaryList, formatDateTime, useLanguage } from '@ebistans/ui';
import type { MyCaseSummary } from '../api/list-my-cases';

interface CaseFactsProps {
  item: Pick<MyCaseSummary, 'caseNumber' | 'status' | 'period' | 'submittedAt'>;
  /** Whether to list the month applied for, which a case card already has in its title. */
  withPeriod?: boolean;
}

export function CaseFacts({ item, withPeriod = false }: CaseFactsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const period = { term: t('cases.period'), value: formatMonth(item.period, language) };
  return (
    <SummaryList
      rows={[
        { term: t('cases.caseNumber'), value: item.caseNumber },
        // The applicant's own words for each status ("Väntar på komplettering från dig"), not the caseworker's.
        { term: t('cases.status'), value: t(`cases.statusText.${item.status}`) },
        ...(withPeriod ? [period] : []),
        {
          term: t('cases.submittedAt'),
          value: <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt, language)}</time>,
        },
      ]}
    />
  );
}
