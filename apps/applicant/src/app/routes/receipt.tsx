import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading, problemMessage, formatDateTime, useDocumentTitle, useLanguage } from '@ebistans/ui';
import { useMe } from '../../features/auth/api/get-me';
import { useMyCase } from '../../features/cases/api/get-my-case';
import { CaseReceipts } from '../../features/receipts/components/case-receipts';
import { useMunicipalityDetails } from '../../features/welcome/api/get-municipality';

/** The receipt (kvittens) after submitting: the case number, what happens next and what is still to send. */
export function ReceiptRoute() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { caseId = '' } = useParams();
  const submitted = useMyCase(caseId);
  // The municipality's own handling time; until it has loaded, the promise is left without a number.
  const municipality = useMunicipalityDetails(useMe().data?.municipality?.slug);
  const days = municipality.data?.handlingWorkingDays;
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
      <p>
        <a className="button" href={`/api/applicant/cases/${encodeURIComponent(caseId)}/pdf`} download>
          {t('receipt.downloadPdf')}
        </a>
      </p>
      <CaseReceipts caseId={caseId} />
      <h2>{t('receipt.nextTitle')}</h2>
      <ol className="next-steps">
        <li>{t('receipt.nextRead')}</li>
        <li>{t('receipt.nextAsk')}</li>
        <li>{days === undefined ? t('receipt.nextDecisionSoon') : t('receipt.nextDecision', { count: days })}</li>
      </ol>
      <p>
        {t('receipt.messages')} <Link to={`/arenden/${encodeURIComponent(caseId)}`}>{t('receipt.toCase')}</Link>
      </p>
      <p>{t('receipt.contact')}</p>
      <p>
        <Link to="/">{t('receipt.toStart')}</Link>
      </p>
    </>
  );
}
