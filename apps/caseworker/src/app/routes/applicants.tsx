import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '@ebistans/ui';
import { ApplicantSearch } from '../../features/applicants/components/applicant-search';

/** "Hantera sökande": the search lives in the address (sok, sida), so a result page can be linked and reloaded. */
export function ApplicantsRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = params.get('sok') ?? '';
  const page = Math.max(1, Number(params.get('sida')) || 1);
  const title = t('applicants.title');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>{t('applicants.intro')}</p>
      <p>
        <Link to="/sokande/ny" className="button button--secondary">
          {t('applicants.create.link')}
        </Link>
      </p>
      <ApplicantSearch
        key={query}
        query={query}
        page={page}
        onChange={(next, nextPage) =>
          setParams(
            Object.fromEntries(
              Object.entries({ sok: next, sida: nextPage > 1 ? String(nextPage) : '' }).filter(([, v]) => v !== ''),
            ),
          )
        }
      />
    </>
  );
}
