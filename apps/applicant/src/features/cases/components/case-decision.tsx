import { useTranslation } from 'react-i18next';
import { formatAmount, formatDate } from '@ebistans/schema';
import { SummaryList, formatDateTime, useLanguage } from '@ebistans/ui';
import type { MyDecision } from '../api/get-my-decision';
import { decisionPdfUrl } from '../lib/case-pdf';

/**
 * The decision on the application: what was decided, the amount, the reasons and the letter. A decision made
 * in the municipality's case system also says the days it covers, and its letter is the case system's.
 */
export function CaseDecision({ caseId, decision }: { caseId: string; decision: MyDecision }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = [
    { term: t('cases.decision.outcome'), value: t(`cases.decision.outcomes.${decision.outcome}`) },
    ...(decision.amount === null
      ? []
      : [{ term: t('cases.decision.amount'), value: formatAmount(decision.amount, language) }]),
    ...(decision.period
      ? [
          {
            term: t('cases.decision.period'),
            value: t('cases.decision.periodValue', {
              from: formatDate(decision.period.from, language),
              to: formatDate(decision.period.to, language),
            }),
          },
        ]
      : []),
    {
      term: t('cases.decision.decidedAt'),
      value: <time dateTime={decision.decidedAt}>{formatDateTime(decision.decidedAt, language)}</time>,
    },
    ...(decision.motivation === null ? [] : [{ term: t('cases.decision.text'), value: decision.motivation }]),
  ];
  return (
    <section className="panel" aria-labelledby="decision-title">
      <h2 id="decision-title">{t('cases.decision.title')}</h2>
      <SummaryList rows={rows} />
      <p>
        <a href={decisionPdfUrl(caseId)} download>
          {t('cases.decision.pdf')}
        </a>
      </p>
    </section>
  );
}
