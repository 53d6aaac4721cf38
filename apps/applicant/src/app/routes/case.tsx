import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading, problemMessage, useDocumentTitle } from '@ebistans/ui';
import { useMyCase } from '../../features/cases/api/get-my-case';
import { CaseDetails } from '../../features/cases/components/case-details';

export function CaseRoute() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const item = useMyCase(caseId);
  const title = t('case.title');
  useDocumentTitle(title);
  return (
    <>
      <p>
        <Link to="/">{t('case.back')}</Link>
      </p>
      <h1>{title}</h1>
      {item.data ? (
        <CaseDetails item={item.data} />
      ) : item.error ? (
        <p role="alert">{problemMessage(item.error, t)}</p>
      ) : (
        <Loading />
      )}
    </>
  );
}
