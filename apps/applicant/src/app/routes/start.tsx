import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, problemMessage, useDocumentTitle } from '@ebistans/ui';
import { useMe } from '../../features/auth/api/get-me';
import { useMyCases } from '../../features/cases/api/list-my-cases';
import { CaseList } from '../../features/cases/components/case-list';

export function StartRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const cases = useMyCases();
  const title = t('start.title');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      {me.data ? <p className="lead">{t('start.greeting', { name: me.data.displayName })}</p> : null}
      <p>{t('start.instructions')}</p>
      <p>
        <Link to="/ansokan" className="button">
          {t('start.newApplication')}
        </Link>
      </p>
      <h2>{t('start.casesTitle')}</h2>
      {cases.data ? (
        <CaseList cases={cases.data.items} />
      ) : cases.error ? (
        <p role="alert">{problemMessage(cases.error, t)}</p>
      ) : (
        <Loading />
      )}
    </>
  );
}
