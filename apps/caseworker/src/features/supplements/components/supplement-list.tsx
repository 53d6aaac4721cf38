import { useTranslation } from 'react-i18next';
import { RECEIPT_CATEGORIES, formatDate, getForm, isReceiptCategory } from '@ebistans/schema';
import { AnswerSections, Loading, formatDateTime, problemMessage, useLanguage } from '@ebistans/ui';
import { useSupplements } from '../api/supplements';

/** The requests sent and the supplements received, each supplement's answers rendered from its form. */
export function SupplementList({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const supplements = useSupplements(caseId);
  if (supplements.error) return <p role="alert">{problemMessage(supplements.error, t)}</p>;
  if (!supplements.data) return <Loading />;
  const { requests, supplements: received } = supplements.data;
  return (
    <>
      <section aria-labelledby="requests-heading">
        <h3 id="requests-heading">{t('supplements.requests')}</h3>
        {requests.length === 0 ? (
          <p>{t('supplements.noRequests')}</p>
        ) : (
          <ul className="history">
            {requests.map((request) => (
              <li key={request.id}>
                <p>
                  <strong>{formatDateTime(request.createdAt, language)}</strong> –{' '}
                  {t('supplements.dueDate', { date: formatDate(request.dueDate, language) })} –{' '}
                  {request.answeredAt
                    ? t('supplements.answeredAt', { at: formatDateTime(request.answeredAt, language) })
                    : t('supplements.notAnswered')}
                </p>
                <p style={{ whiteSpace: 'pre-wrap' }}>{request.message}</p>
                {request.receiptCategories.length > 0 ? (
                  <p>
                    {t('supplements.receiptsAsked')}{' '}
                    {request.receiptCategories
                      .map((category) =>
                        isReceiptCategory(category) ? RECEIPT_CATEGORIES[category][language] : category,
                      )
                      .join(', ')}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="received-heading">
        <h3 id="received-heading">{t('supplements.received')}</h3>
        {received.length === 0 ? (
          <p>{t('supplements.noneReceived')}</p>
        ) : (
          received.map((supplement) => {
            const form = getForm(supplement.formId, supplement.formVersion);
            return (
              <article key={supplement.id} aria-labelledby={`supplement-${supplement.id}`} className="card">
                <p id={`supplement-${supplement.id}`}>
                  <strong>
                    {t('supplements.receivedAt', { at: formatDateTime(supplement.submittedAt, language) })}
                  </strong>
                </p>
                {form ? (
                  <AnswerSections form={form} data={supplement.data} headingLevel={3} />
                ) : (
                  <p>{t('caseView.formMissing', { formId: supplement.formId, formVersion: supplement.formVersion })}</p>
                )}
              </article>
            );
          })
        )}
      </section>
    </>
  );
}
