import type { BankIdMessageCode } from './bankid-orders';

/**
 * A phone or tablet, by the user agent. iPads report themselves as Macs, but a Mac has no touch screen.
 * BankID words RFA14 and RFA15 differently for these (B) than for computers (A).
 */
export function isMobileDevice(userAgent: string, maxTouchPoints: number): boolean {
  return /Android|iPhone|iPad|iPod|Mobile/i.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

/** The text key of BankID's recommended user message, in the computer or mobile wording where there are two. */
export function rfaTextKey(code: BankIdMessageCode, mobile: boolean): string {
  if (code === 'rfa14' || code === 'rfa15') return `bankid.rfa.${code}${mobile ? 'B' : 'A'}`;
  return `bankid.rfa.${code}`;
}

export function thisDeviceIsMobile(): boolean {
  return isMobileDevice(navigator.userAgent, navigator.maxTouchPoints);
}
