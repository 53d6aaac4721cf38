import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { caseStatusText, formatDateTime, formatMonth, useLanguage } from '@ebistans/ui';
import type { MyCaseSummary } from '../api/list-my-cases';

/** The applicant's cases as cards rather than a table, which would not fit a phone. */
export function CaseList({ cases }: { cases: MyCaseSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (cases.length === 0) return <p>{t('cases.empty')}</p>;
  return (
    <ul className="card-list">
      {cases.map((item) => (
        <li key={item.id} className="card">
          <h3>
            <Link to={`/arenden/${item.id}`}>
              {t('cases.cardTitle', { period: formatMonth(item.period, language) })}
            </Link>
          </h3>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt>{t('cases.caseNumber')}</dt>
              <dd>{item.caseNumber}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('cases.status')}</dt>
              <dd>{caseStatusText(item.status, t)}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('cases.submittedAt')}</dt>
              <dd>
                <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt, language)}</time>
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
