import type { BankIdFlow } from '../../db/schema/index.js';

/**
 * BankID's recommended user messages (RFA), as stable codes the SPAs translate. The mapping from hint
 * codes follows BankID's guidelines and Sweden Connect's IdP; unknown codes fall back to RFA21/RFA22.
 * RFA14/RFA15 have a computer (A) and a mobile (B) wording, which only the browser can choose.
 * RFA4 and RFA5 come as problems instead (bankid-already-in-progress, bankid-unavailable).
 */
export const bankIdMessageCodes = [
  'rfa1',
  'rfa3',
  'rfa6',
  'rfa8',
  'rfa9',
  'rfa13',
  'rfa14',
  'rfa15',
  'rfa16',
  'rfa17a',
  'rfa17b',
  'rfa21',
  'rfa22',
  'rfa23',
] as const;
type BankIdMessageCode = (typeof bankIdMessageCodes)[number];

export function pendingMessage(hintCode: string | undefined, flow: BankIdFlow): BankIdMessageCode {
  switch (hintCode) {
    case 'outstandingTransaction':
      return flow === 'same_device' ? 'rfa13' : 'rfa1';
    case 'noClient':
      return 'rfa1';
    case 'started':
      return flow === 'same_device' ? 'rfa14' : 'rfa15';
    case 'userSign':
      return 'rfa9';
    case 'userMrtd':
      return 'rfa23';
    default:
      return 'rfa21';
  }
}

export function failedMessage(hintCode: string | undefined, flow: BankIdFlow): BankIdMessageCode {
  switch (hintCode) {
    case 'expiredTransaction':
      return 'rfa8';
    case 'certificateErr':
      return 'rfa16';
    case 'userCancel':
      return 'rfa6';
    case 'cancelled':
      return 'rfa3';
    case 'startFailed':
      // A: the app was not found on this device; B: the QR code could not be scanned.
      return flow === 'same_device' ? 'rfa17a' : 'rfa17b';
    default:
      return 'rfa22';
  }
}
