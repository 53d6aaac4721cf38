import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatIdentityNumber } from '@ebistans/schema';
import { Loading, TextField, problemMessage } from '@ebistans/ui';
import { PAGE_SIZE, useApplicantSearch } from '../api/search-applicants';

interface ApplicantSearchProps {
  query: string;
  page: number;
  /** A new search or page; the route keeps both in the address. */
  onChange: (query: string, page: number) => void;
}

/** Search by personnummer or name, and the matching applicants a page at a time. */
export function ApplicantSearch({ query, page, onChange }: ApplicantSearchProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(query);
  const results = useApplicantSearch(query, page);
  const rows = results.isPlaceholderData ? undefined : results.data;
  const pages = rows ? Math.max(1, Math.ceil(rows.total / PAGE_SIZE)) : 1;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange(text.trim(), 1);
  }

  return (
    <>
      <form role="search" aria-label={t('applicants.search.label')} onSubmit={handleSubmit} noValidate>
        <TextField
          name="q"
          type="search"
          label={t('applicants.search.label')}
          hint={t('applicants.search.hint')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button">
          {t('applicants.search.submit')}
        </button>
      </form>
      {results.error ? (
        <p role="alert">{problemMessage(results.error, t)}</p>
      ) : !rows ? (
        <Loading />
      ) : (
        <>
          <p role="status">{t('applicants.search.count', { count: rows.total })}</p>
          {rows.items.length > 0 ? (
            <table className="table">
              <caption>{t('applicants.search.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('applicants.field.name')}</th>
                  <th scope="col">{t('applicants.field.personnummer')}</th>
                  <th scope="col">{t('applicants.field.account')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.items.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <Link to={`/sokande/${item.id}`}>
                        {item.familyName}, {item.givenName}
                      </Link>
                    </td>
                    <td>{formatIdentityNumber(item.personnummer)}</td>
                    <td>{item.deactivated ? t('applicants.state.deactivated') : t('applicants.state.active')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {pages > 1 ? (
            <nav aria-label={t('applicants.search.pagination')}>
              <p>{t('applicants.search.page', { page, pages })}</p>
              <div className="button-group">
                {page > 1 ? (
                  <button type="button" className="button button--secondary" onClick={() => onChange(query, page - 1)}>
                    {t('applicants.search.previous')}
                  </button>
                ) : null}
                {page < pages ? (
                  <button type="button" className="button button--secondary" onClick={() => onChange(query, page + 1)}>
                    {t('applicants.search.next')}
                  </button>
                ) : null}
              </div>
            </nav>
          ) : null}
        </>
      )}
    </>
  );
}
