import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, problemMessage, useDocumentTitle } from '@ebistans/ui';
import { useMyCases } from '../../features/cases/api/list-my-cases';
import { CaseList } from '../../features/cases/components/case-list';

/** "Mina ärenden": every application the applicant has sent, newest first. */
export function CasesRoute() {
  const { t } = useTranslation();
  const cases = useMyCases();
  const title = t('cases.title');
  useDocumentTitle(title);
  return (
    <>
      <p>
        <Link to="/">{t('cases.back')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{t('cases.intro')}</p>
      {cases.data ? (
        <CaseList cases={cases.data.items} headingLevel={2} />
      ) : cases.error ? (
        <p role="alert">{problemMessage(cases.error, t)}</p>
      ) : (
        <Loading />
      )}
    </>
  );
}
