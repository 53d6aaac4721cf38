import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@ebistans/ui';
import type { BankIdFlow, BankIdOrders, OrderStatus, StartOrder, StartedOrder } from '../lib/bankid-orders';
import { thisDeviceIsMobile } from '../lib/rfa-text';
import { BankIdOrderProgress } from './bankid-order-progress';

interface BankIdOrderFlowProps<Status extends OrderStatus> {
  start: StartOrder;
  orders: BankIdOrders<Status>;
  /** The heading while the order runs. */
  title: string;
  labels: Record<BankIdFlow, string>;
  onComplete: (order: StartedOrder, status: Status) => void;
  /** Told when an order starts and when it is over, e.g. to hide other ways of logging in meanwhile. */
  onActiveChange?: (active: boolean) => void;
  /** The user cancelled a running order; without it, the choice is shown again. */
  onCancel?: () => void;
  /** Shown after the two choices, such as a way back. */
  children?: ReactNode;
}

/** Same device first on a phone or tablet, the QR code first on a computer, as BankID recommends. */
const flowsForThisDevice = (): BankIdFlow[] =>
  thisDeviceIsMobile() ? ['same_device', 'other_device'] : ['other_device', 'same_device'];

/** The choice between BankID on this device and on another one, then the order until it is over. */
export function BankIdOrderFlow<Status extends OrderStatus>({
  start,
  orders,
  title,
  labels,
  onComplete,
  onActiveChange,
  onCancel,
  children,
}: BankIdOrderFlowProps<Status>) {
  const { t } = useTranslation();
  const [flows] = useState(flowsForThisDevice);
  const [order, setOrder] = useState<StartedOrder>();
  const [returned, setReturned] = useState(false);
  const firstChoice = useRef<HTMLButtonElement>(null);
  const starting = useMutation({ mutationFn: start });

  useEffect(() => {
    // Back from a cancelled or failed order, the choice is where the keyboard continues.
    if (returned) firstChoice.current?.focus();
  }, [returned]);

  const choose = (flow: BankIdFlow) => {
    if (starting.isPending) return;
    starting.mutate(flow, {
      onSuccess: (started) => {
        setOrder(started);
        setReturned(false);
        onActiveChange?.(true);
        // The app's own scheme opens the app and leaves this page as it is; the user started this by a click.
        if (started.launchUrl?.startsWith('bankid:')) window.location.assign(started.launchUrl);
      },
    });
  };

  if (order) {
    return (
      <BankIdOrderProgress
        key={order.id}
        orders={orders}
        order={order}
        title={title}
        onComplete={(status) => onComplete(order, status)}
        onEnded={(reason) => {
          setOrder(undefined);
          onActiveChange?.(false);
          if (reason === 'cancelled' && onCancel) onCancel();
          else setReturned(true);
        }}
      />
    );
  }

  return (
    <div className="bankid-choice">
      {starting.error ? <p role="alert">{problemMessage(starting.error, t)}</p> : null}
      <div className="button-stack">
        {flows.map((flow, index) => (
          <button
            key={flow}
            ref={index === 0 ? firstChoice : undefined}
            type="button"
            className={index === 0 ? 'button' : 'button button--secondary'}
            onClick={() => choose(flow)}
          >
            {starting.isPending && starting.variables === flow ? t('bankid.starting') : labels[flow]}
          </button>
        ))}
        {children}
      </div>
    </div>
  );
}
