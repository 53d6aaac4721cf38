import { useTranslation } from 'react-i18next';
import { formatAmount } from '@ebistans/schema';
import { SummaryList, formatDateTime, useLanguage } from '@ebistans/ui';
import type { CaseDecision as Decision } from '../lib/decision';

/** The decision on the application: what was decided, the amount and the caseworker's reasons. */
export function CaseDecision({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = [
    { term: t('cases.decision.outcome'), value: t(`cases.decision.outcomes.${decision.outcome}`) },
    ...(decision.amount === undefined
      ? []
      : [{ term: t('cases.decision.amount'), value: formatAmount(decision.amount, language) }]),
    ...(decision.decidedAt === undefined
      ? []
      : [
          {
            term: t('cases.decision.decidedAt'),
            value: <time dateTime={decision.decidedAt}>{formatDateTime(decision.decidedAt, language)}</time>,
          },
        ]),
    ...(decision.text === undefined ? [] : [{ term: t('cases.decision.text'), value: decision.text }]),
  ];
  return (
    <section className="panel" aria-labelledby="decision-title">
      <h2 id="decision-title">{t('cases.decision.title')}</h2>
      <SummaryList rows={rows} />
    </section>
  );
}
