import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, formatDateTime, problemMessage, useLanguage } from '@ebistans/ui';
import {
  DELIVERIES_PAGE_SIZE,
  eventKey,
  useRedeliverWebhook,
  useWebhookDeliveries,
  type Webhook,
  type WebhookDelivery,
} from '../api/webhooks';

/** Error codes the API records; any other (a network code) is shown as it is. */
const knownErrors = ['http-status', 'timeout', 'inactive', 'network', 'ECONNREFUSED', 'ENOTFOUND'];

/**
 * One subscription's deliveries, newest first, a page at a time: what was sent, whether the case system
 * took it, and "Skicka igen" for one it did not (or lost), with the same webhook-id.
 */
export function WebhookDeliveries({ subscription, onClose }: { subscription: Webhook; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [page, setPage] = useState(1);
  const deliveries = useWebhookDeliveries(subscription.id, page);
  const redeliver = useRedeliverWebhook(subscription.id);
  const [sent, setSent] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const errorText = (item: WebhookDelivery) =>
    item.lastError
      ? knownErrors.includes(item.lastError)
        ? t(`webhooks.deliveries.error.${item.lastError}`)
        : item.lastError
      : '–';
  const pages = deliveries.data ? Math.max(1, Math.ceil(deliveries.data.total / DELIVERIES_PAGE_SIZE)) : 1;

  return (
    <section aria-labelledby="webhook-deliveries-heading">
      <h2 id="webhook-deliveries-heading" ref={heading} tabIndex={-1}>
        {t('webhooks.deliveries.heading', { url: subscription.url })}
      </h2>
      <div role="status">
        {sent ? <p className="notice">{t('webhooks.deliveries.redelivered', { event: sent })}</p> : null}
      </div>
      {redeliver.error ? <p role="alert">{problemMessage(redeliver.error, t)}</p> : null}
      {deliveries.error ? (
        <p role="alert">{problemMessage(deliveries.error, t)}</p>
      ) : !deliveries.data ? (
        <Loading />
      ) : deliveries.data.items.length === 0 ? (
        <p>{t('webhooks.deliveries.empty')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="table">
              <caption>{t('webhooks.deliveries.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.deliveries.column.time')}</th>
                  <th scope="col">{t('webhooks.deliveries.column.event')}</th>
                  <th scope="col">{t('webhooks.deliveries.column.status')}</th>
                  <th scope="col">{t('webhooks.deliveries.column.attempts')}</th>
                  <th scope="col">{t('webhooks.deliveries.column.httpStatus')}</th>
                  <th scope="col">{t('webhooks.deliveries.column.error')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('webhooks.deliveries.column.action')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {deliveries.data.items.map((item) => {
                  const event = t(`webhooks.event.${eventKey(item.eventType)}`);
                  const when = formatDateTime(item.createdAt, language);
                  return (
                    <tr key={item.id}>
                      <th scope="row">
                        <time dateTime={item.createdAt}>{when}</time>
                      </th>
                      <td>{event}</td>
                      <td>{t(`webhooks.deliveries.status.${item.status}`)}</td>
                      <td>{item.attempts}</td>
                      <td>{item.lastStatusCode ?? '–'}</td>
                      <td>{errorText(item)}</td>
                      <td>
                        <button
                          type="button"
                          className="button button--secondary"
                          disabled={redeliver.isPending}
                          aria-label={t('webhooks.deliveries.redeliverLabel', { event, when })}
                          onClick={() => {
                            setSent(undefined);
                            redeliver.mutate(item.id, { onSuccess: () => setSent(event) });
                          }}
                        >
                          {t('webhooks.deliveries.redeliver')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {pages > 1 ? (
            <nav aria-label={t('webhooks.deliveries.pages')}>
              <button
                type="button"
                className="button button--secondary"
                disabled={page === 1}
                onClick={() => setPage(page - 1)}
              >
                {t('webhooks.deliveries.previous')}
              </button>{' '}
              <span>{t('webhooks.deliveries.page', { page, pages })}</span>{' '}
              <button
                type="button"
                className="button button--secondary"
                disabled={page >= pages}
                onClick={() => setPage(page + 1)}
              >
                {t('webhooks.deliveries.next')}
              </button>
            </nav>
          ) : null}
        </>
      )}
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('webhooks.deliveries.close')}
      </button>
    </section>
  );
}
