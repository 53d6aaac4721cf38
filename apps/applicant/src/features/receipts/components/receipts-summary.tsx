import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, problemMessage, useLanguage } from '@ebistans/ui';
import { useDraftChecklist } from '../api/get-draft-checklist';

interface ReceiptsSummaryProps {
  formId: string;
  revision: number;
  /** The receipts step, to change them. */
  changePath: string;
}

/** On the review page: each receipt with its status and files, and a way back to change them. */
export function ReceiptsSummary({ formId, revision, changePath }: ReceiptsSummaryProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const checklist = useDraftChecklist(formId, revision);
  const title = t('receipts.summaryTitle');
  return (
    <section className="answers__step" aria-labelledby="receipts-summary-title">
      <div className="answers__header">
        <h2 id="receipts-summary-title">{title}</h2>
        <Link to={changePath}>
          {t('receipts.change')} <span className="visually-hidden">{title}</span>
        </Link>
      </div>
      {checklist.error ? (
        <p role="alert">{problemMessage(checklist.error, t)}</p>
      ) : !checklist.data ? (
        <Loading />
      ) : (
        <dl className="summary-list">
          {checklist.data.items.map((item) => (
            <div key={item.id} className="summary-list__row">
              <dt>{item.label[language]}</dt>
              <dd>
                {t(`receipts.status.${item.status}`)}
                {item.attachments.length > 0 ? `: ${item.attachments.map((file) => file.fileName).join(', ')}` : null}
              </dd>
            </div>
          ))}
          {checklist.data.unmatched.length > 0 ? (
            <div className="summary-list__row">
              <dt>{t('receipts.other.title')}</dt>
              <dd>{checklist.data.unmatched.map((file) => file.fileName).join(', ')}</dd>
            </div>
          ) : null}
          {checklist.data.items.length === 0 && checklist.data.unmatched.length === 0 ? (
            <div className="summary-list__row">
              <dt>{title}</dt>
              <dd>{t('receipts.noFiles')}</dd>
            </div>
          ) : null}
        </dl>
      )}
    </section>
  );
}
