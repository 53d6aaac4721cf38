import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMonth } from '@ebistans/schema';
import { useLanguage } from '@ebistans/ui';
import type { MyCaseSummary } from '../api/list-my-cases';
import { CaseFacts } from './case-facts';

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
          <CaseFacts item={item} />
        </li>
      ))}
    </ul>
  );
}
