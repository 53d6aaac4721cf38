import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading, problemMessage, formatDateTime, useDocumentTitle, useLanguage } from '@ebistans/ui';
import { useMyCase } from '../../features/cases/api/get-my-case';

export function ReceiptRoute() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { caseId = '' } = useParams();
  const submitted = useMyCase(caseId);
  const title = t('receipt.title');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      {submitted.data ? (
        <div className="panel">
          <p>
            {t('receipt.caseNumber')}
            <strong className="panel__value">{submitted.data.caseNumber}</strong>
          </p>
          <p>
            {t('receipt.submittedAt')}{' '}
            <time dateTime={submitted.data.submittedAt}>{formatDateTime(submitted.data.submittedAt, language)}</time>
          </p>
        </div>
      ) : submitted.error ? (
        <p role="alert">{problemMessage(submitted.error, t)}</p>
      ) : (
        <Loading />
      )}
      <h2>{t('receipt.nextTitle')}</h2>
      <p>{t('receipt.next')}</p>
      <p>{t('receipt.contact')}</p>
      <p>
        <Link to="/">{t('receipt.toStart')}</Link>
      </p>
    </>
  );
}
