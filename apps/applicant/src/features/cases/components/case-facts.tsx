import { useTranslation } from 'react-i18next';
import { formatMonth } from '@ebistans/schema';
import { SummaryList, caseStatusText, formatDateTime, useLanguage } from '@ebistans/ui';
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
        { term: t('cases.status'), value: caseStatusText(item.status, t) },
        ...(withPeriod ? [period] : []),
        {
          term: t('cases.submittedAt'),
          value: <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt, language)}</time>,
        },
      ]}
    />
  );
}
