import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMonth } from '@ebistans/schema';
import { useLanguage } from '@ebistans/ui';
import type { MyCaseSummary } from '../api/list-my-cases';
import { CaseFacts } from './case-facts';

/** The applicant's cases, newest first as the API lists them, as cards rather than a table, which would not fit a phone. */
export function CaseList({ cases, headingLevel = 3 }: { cases: MyCaseSummary[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  const language = useLanguage();
  if (cases.length === 0) return <p>{t('cases.empty')}</p>;
  return (
    <ul className="card-list">
      {cases.map((item) => (
        <li key={item.id} className={item.status === 'awaiting_supplement' ? 'card card--attention' : 'card'}>
          <Title>
            <Link to={`/arenden/${item.id}`}>
              {t('cases.cardTitle', { period: formatMonth(item.period, language) })}
            </Link>
          </Title>
          {item.unreadMessages > 0 ? (
            <p>
              <span className="tag tag--unread">{t('cases.unreadMessages', { count: item.unreadMessages })}</span>
            </p>
          ) : null}
          <CaseFacts item={item} />
        </li>
      ))}
    </ul>
  );
}
