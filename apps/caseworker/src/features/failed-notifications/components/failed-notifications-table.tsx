import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, problemMessage, useLanguage } from '@ebistans/ui';
import { useRetryFailedNotification, type FailedNotification } from '../api/failed-notifications';

/**
 * Notifications that could not be sent after every retry, with a button per row to send one again (once
 * the mail server or SMS gateway works). Who was to be notified is never shown, only the case.
 */
export function FailedNotificationsTable({ items }: { items: FailedNotification[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const retry = useRetryFailedNotification();
  const [retried, setRetried] = useState<string | undefined>();

  const onRetry = (item: FailedNotification) => {
    setRetried(undefined);
    retry.mutate(item.id, { onSuccess: () => setRetried(item.caseNumber) });
  };

  return (
    <>
      <div role="status">
        {retried ? <p className="notice">{t('failedNotifications.retried', { caseNumber: retried })}</p> : null}
      </div>
      {retry.error ? <p role="alert">{problemMessage(retry.error, t)}</p> : null}
      {items.length === 0 ? (
        <p>{t('failedNotifications.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('failedNotifications.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('failedNotifications.column.failedAt')}</th>
                <th scope="col">{t('failedNotifications.column.case')}</th>
                <th scope="col">{t('failedNotifications.column.notification')}</th>
                <th scope="col">{t('failedNotifications.column.attempts')}</th>
                <th scope="col">{t('failedNotifications.column.error')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('failedNotifications.column.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <time dateTime={item.failedAt}>{formatDateTime(item.failedAt, language)}</time>
                  </th>
                  <td>
                    <Link to={`/arenden/${item.caseId}`}>{item.caseNumber}</Link>
                  </td>
                  <td>
                    {t('failedNotifications.what', {
                      recipient: t(`failedNotifications.recipient.${item.recipient}`),
                      channel: t(`failedNotifications.channel.${item.channel}`),
                      event: t(`failedNotifications.event.${item.event}`, { defaultValue: item.event }),
                    })}
                  </td>
                  <td>{item.attempts}</td>
                  <td>{item.error ?? '–'}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={retry.isPending}
                      aria-label={t('failedNotifications.retryLabel', { caseNumber: item.caseNumber })}
                      onClick={() => onRetry(item)}
                    >
                      {t('failedNotifications.retry')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
