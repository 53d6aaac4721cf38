import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { BankIdMessageCode, BankIdOrders, OrderStatus, StartedOrder } from '../lib/bankid-orders';

export type OrderView =
  /** `qrData` is the code to show now; undefined in the same-device flow and once the code has been scanned. */
  | { phase: 'pending'; messageCode: BankIdMessageCode | null; qrData: string | undefined }
  | { phase: 'failed'; messageCode: BankIdMessageCode }
  /** The API refused or could not be reached; shown as a problem. */
  | { phase: 'error'; error: unknown };

const QR_REFRESH_MS = 1_000;

// Orders on screen now. React's strict mode unmounts and mounts again at once in development, so an order
// is cancelled only when no component shows it a moment after its own went away.
const shownOrders = new Set<string>();

/**
 * Drives a started order: a fresh QR code every second until it is scanned (the code is animated and
 * computed on the server), collect at the interval the API asks for (BankID: every two seconds), stop on
 * completion or failure. An order left behind by leaving the page is cancelled.
 */
export function useBankIdOrder<Status extends OrderStatus>(
  orders: BankIdOrders<Status>,
  order: StartedOrder,
  onComplete: (status: Status) => void,
) {
  const [view, setView] = useState<OrderView>({ phase: 'pending', messageCode: null, qrData: order.qrData });
  const cancelledByUser = useRef(false);
  const halt = useRef<() => void>(undefined);
  const complete = useEffectEvent(onComplete);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    let collectTimer: ReturnType<typeof setTimeout> | undefined;
    let qrTimer: ReturnType<typeof setInterval> | undefined;
    let scanned = order.flow === 'same_device';
    let settled = false;
    let qrInFlight = false;
    const stop = () => {
      clearTimeout(collectTimer);
      clearInterval(qrTimer);
    };
    const settle = (next?: OrderView) => {
      settled = true;
      stop();
      if (next) setView(next);
    };

    async function collect() {
      try {
        const status = await orders.collect(order.id, signal);
        if (signal.aborted) return;
        if (status.status === 'complete') {
          settle();
          complete(status);
          return;
        }
        if (status.status === 'failed') {
          settle({ phase: 'failed', messageCode: status.messageCode ?? 'rfa22' });
          return;
        }
        // Once the app has the order, the QR code has done its job and is taken away.
        if (status.hintCode && status.hintCode !== 'outstandingTransaction') {
          scanned = true;
          clearInterval(qrTimer);
        }
        setView((previous) => ({
          phase: 'pending',
          messageCode: status.messageCode,
          qrData: scanned || previous.phase !== 'pending' ? undefined : previous.qrData,
        }));
        collectTimer = setTimeout(() => void collect(), order.pollIntervalMs);
      } catch (error) {
        if (!signal.aborted) settle({ phase: 'error', error });
      }
    }

    async function refreshQrCode() {
      if (qrInFlight) return;
      qrInFlight = true;
      try {
        const { qrData } = await orders.qrCode(order.id, signal);
        if (!signal.aborted && !scanned) {
          setView((previous) => (previous.phase === 'pending' ? { ...previous, qrData } : previous));
        }
      } catch {
        // The order has ended or the network blinked; collecting tells which.
      } finally {
        qrInFlight = false;
      }
    }

    halt.current = () => {
      controller.abort();
      stop();
    };
    shownOrders.add(order.id);
    if (!scanned) qrTimer = setInterval(() => void refreshQrCode(), QR_REFRESH_MS);
    void collect();
    return () => {
      controller.abort();
      stop();
      shownOrders.delete(order.id);
      if (settled || cancelledByUser.current) return;
      setTimeout(() => {
        if (!shownOrders.has(order.id)) orders.cancel(order.id).catch(() => undefined);
      }, 0);
    };
  }, [orders, order]);

  /** The user's cancel button: BankID is told, whatever happens to the request the order is over here. */
  const cancel = useCallback(async () => {
    cancelledByUser.current = true;
    halt.current?.();
    await orders.cancel(order.id).catch(() => undefined);
  }, [orders, order.id]);

  return { view, cancel };
}
