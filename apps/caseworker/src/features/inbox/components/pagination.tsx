import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { inboxHref } from '../lib/inbox-query';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
}

/** Previous and next as links with the page in the address; the position is said in words. */
export function Pagination({ page, pageSize, total }: PaginationProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label={t('inbox.pagination.label')} className="pagination">
      <p>{t('inbox.pagination.showing', { first, last, total, page, pages })}</p>
      {pages > 1 ? (
        <ul className="button-group" style={{ listStyle: 'none', padding: 0 }}>
          {page > 1 ? (
            <li>
              <Link to={inboxHref(params, { page: page - 1 })}>{t('inbox.pagination.previous')}</Link>
            </li>
          ) : null}
          {page < pages ? (
            <li>
              <Link to={inboxHref(params, { page: page + 1 })}>{t('inbox.pagination.next')}</Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </nav>
  );
}
