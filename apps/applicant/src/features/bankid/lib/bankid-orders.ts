import type { components } from '@ebistans/api-client';

export type BankIdFlow = components['schemas']['BankIdLoginStarted']['flow'];
export type BankIdMessageCode = NonNullable<components['schemas']['BankIdLoginStatus']['messageCode']>;

/** What starting a login or a signing answers, as far as showing it goes. */
export interface StartedOrder {
  id: string;
  flow: BankIdFlow;
  pollIntervalMs: number;
  launchUrl?: string | undefined;
  qrData?: string | undefined;
}

export interface OrderStatus {
  status: 'pending' | 'failed' | 'complete';
  hintCode: string | null;
  messageCode: BankIdMessageCode | null;
}

/** Starts a login or a signing in one of the two flows. */
export type StartOrder = (flow: BankIdFlow) => Promise<StartedOrder>;

/**
 * One kind of BankID order (login or signing) once started, as the shared screens drive it: fetch the QR
 * code every second and collect until it is complete or failed, or cancel it. Only the id is needed.
 */
export interface BankIdOrders<Status extends OrderStatus> {
  qrCode: (id: string, signal: AbortSignal) => Promise<{ qrData: string }>;
  collect: (id: string, signal: AbortSignal) => Promise<Status>;
  cancel: (id: string) => Promise<void>;
}
