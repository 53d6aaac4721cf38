import { useTranslation } from 'react-i18next';
import { formatDate } from '@ebistans/schema';
import { useLanguage } from '@ebistans/ui';
import type { SupplementRequest } from '../api/list-supplements';
import { isPastDue } from '../lib/due-date';
import { receiptNames } from '../lib/receipt-names';

/** What the caseworker asks for and by when, in their words and the receipt kinds in plain Swedish. */
export function RequestDetails({ request }: { request: SupplementRequest }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const receipts = receiptNames(request.receiptCategories, language);
  return (
    <>
      <p className="request__message">{request.message}</p>
      <p className="request__due">
        <strong>
          {t('supplements.due')} <time dateTime={request.dueDate}>{formatDate(request.dueDate, language)}</time>
        </strong>
      </p>
      {isPastDue(request.dueDate) ? <p>{t('supplements.pastDue')}</p> : null}
      {receipts.length > 0 ? (
        <>
          <p>{t('supplements.receiptsAsked')}</p>
          <ul>
            {receipts.map((name, index) => (
              <li key={`${name}-${index}`}>{name}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
