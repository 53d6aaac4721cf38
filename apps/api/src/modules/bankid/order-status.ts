import type { BankIdFlow } from '../../db/schema/index.js';
import { failedMessage, pendingMessage } from './user-messages.js';

/** BankID's advice: collect every two seconds, never more than once a second. */
export const POLL_INTERVAL_MS = 2_000;

/** Hint codes go to the browser only when they look like one, whatever the RP API sends. */
export const publicHintCode = (hintCode: string | null | undefined) =>
  hintCode && /^[A-Za-z]{1,64}$/.test(hintCode) ? hintCode : null;

/** A pending order as the browser sees it: the hint and the RFA message to show. */
export const pendingStatus = (hintCode: string | undefined, flow: BankIdFlow) => ({
  status: 'pending' as const,
  hintCode: publicHintCode(hintCode),
  messageCode: pendingMessage(hintCode, flow),
});

export const failedStatus = (hintCode: string | null | undefined, flow: BankIdFlow) => ({
  status: 'failed' as const,
  hintCode: publicHintCode(hintCode),
  messageCode: failedMessage(hintCode ?? undefined, flow),
});
