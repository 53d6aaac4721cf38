import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@ebistans/ui';
import { useBankIdOrder } from '../hooks/use-bankid-order';
import type { BankIdOrders, OrderStatus, StartedOrder } from '../lib/bankid-orders';
import { rfaTextKey, thisDeviceIsMobile } from '../lib/rfa-text';
import { BankIdQrCode } from './bankid-qr-code';

interface BankIdOrderProgressProps<Status extends OrderStatus> {
  orders: BankIdOrders<Status>;
  order: StartedOrder;
  /** "Logga in med BankID", "Skriv under med BankID". */
  title: string;
  onComplete: (status: Status) => void;
  /** The order is over without completing: the user cancelled it, or it failed and the user wants to retry. */
  onEnded: (reason: 'cancelled' | 'retry') => void;
}

/** The links that start the app: the custom scheme stays on this page, anything else (the simulator) opens a tab. */
const opensInNewTab = (url: string) => !url.startsWith('bankid:');

/** A started order: the QR code or the way to the app, BankID's message for the moment, and a way out. */
export function BankIdOrderProgress<Status extends OrderStatus>({
  orders,
  order,
  title,
  onComplete,
  onEnded,
}: BankIdOrderProgressProps<Status>) {
  const { t } = useTranslation();
  const { view, cancel } = useBankIdOrder(orders, order, onComplete);
  const [mobile] = useState(thisDeviceIsMobile);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The choice the user made is gone from the page; the screen reader continues from here.
    heading.current?.focus();
  }, []);
  const message = (code: Parameters<typeof rfaTextKey>[0]) => t(rfaTextKey(code, mobile));

  return (
    <section className="bankid" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {view.phase === 'pending' ? (
        <>
          {view.qrData ? (
            <>
              <ol className="bankid__steps">
                <li>{t('bankid.qr.step1')}</li>
                <li>{t('bankid.qr.step2')}</li>
                <li>{t('bankid.qr.step3')}</li>
              </ol>
              <BankIdQrCode data={view.qrData} label={t('bankid.qr.label')} />
            </>
          ) : null}
          {order.launchUrl ? (
            <p>
              <a
                className="button"
                href={order.launchUrl}
                {...(opensInNewTab(order.launchUrl) ? { target: '_blank', rel: 'noopener' } : {})}
              >
                {t('bankid.openApp')}
                {opensInNewTab(order.launchUrl) ? (
                  <>
                    {' '}
                    <span className="visually-hidden">{t('bankid.newTab')}</span>
                  </>
                ) : null}
              </a>
            </p>
          ) : null}
          {/* Always in the page, so that each new message is announced. */}
          <p role="status" className="bankid__status">
            {view.messageCode ? message(view.messageCode) : ''}
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void cancel().then(() => onEnded('cancelled'))}
          >
            {t('bankid.cancel')}
          </button>
        </>
      ) : (
        <>
          <p role="alert" className="bankid__status bankid__status--failed">
            {view.phase === 'failed' ? message(view.messageCode) : problemMessage(view.error, t)}
          </p>
          <button type="button" className="button" onClick={() => onEnded('retry')}>
            {t('bankid.retry')}
          </button>
        </>
      )}
    </section>
  );
}
