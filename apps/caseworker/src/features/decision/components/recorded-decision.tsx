import { useTranslation } from 'react-i18next';
import { DECISION_OUTCOME_TEXT, formatAmount, formatDate } from '@ebistans/schema';
import { SummaryList, formatDateTime, useLanguage } from '@ebistans/ui';
import { decisionPdfUrl, type RecordedDecision as Decision } from '../api/decision';
import { CalculationTable } from './calculation-table';

/**
 * The decision as recorded, with the calculation it was made on and the letter to download. One recorded by
 * the case system has no calculation of ours; its letter is the case system's own.
 */
export function RecordedDecision({ caseId, decision }: { caseId: string; decision: Decision }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = [
    { term: t('decision.recorded.outcome'), value: DECISION_OUTCOME_TEXT[decision.outcome][language] },
    ...(decision.amount === null
      ? []
      : [{ term: t('decision.recorded.amount'), value: formatAmount(decision.amount, language) }]),
    ...(decision.period
      ? [
          {
            term: t('decision.recorded.period'),
            value: t('decision.recorded.periodValue', {
              from: formatDate(decision.period.from, language),
              to: formatDate(decision.period.to, language),
            }),
          },
        ]
      : []),
    {
      term: t('decision.recorded.decidedAt'),
      value: <time dateTime={decision.decidedAt}>{formatDateTime(decision.decidedAt, language)}</time>,
    },
    {
      term: t('decision.recorded.decidedBy'),
      value: decision.source === 'case-system' ? t('decision.recorded.caseSystem') : decision.decidedBy.name,
    },
    ...(decision.motivation ? [{ term: t('decision.recorded.motivation'), value: decision.motivation }] : []),
    ...decision.hindrances.map((hindrance) => ({
      term: t('decision.form.hindrance', { name: hindrance.name }),
      value: hindrance.text,
    })),
  ];
  return (
    <section aria-labelledby="recorded-decision-heading">
      <h3 id="recorded-decision-heading">{t('decision.recorded.heading')}</h3>
      <SummaryList rows={rows} />
      <p>
        {/* `download` keeps the caseworker in the case instead of a PDF viewer. */}
        <a href={decisionPdfUrl(caseId)} download>
          {t('decision.recorded.pdf')}
        </a>
      </p>
      {decision.calculation ? (
        <CalculationTable
          input={{
            costs: decision.costs.map(({ id, label, applied }) => ({ id, label, amount: applied })),
            incomes: decision.incomes,
          }}
          result={decision.calculation}
        />
      ) : null}
    </section>
  );
}
