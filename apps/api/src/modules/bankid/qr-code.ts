import { createHmac } from 'node:crypto';

/**
 * The animated QR code of the RP API v6.0: every second the browser shows
 * `bankid.<qrStartToken>.<t>.<HMAC-SHA256(qrStartSecret, t) in hex>`, where t is the whole seconds since
 * the order was started. The secret never leaves the server; the app proves it saw a fresh code.
 */
export function qrAuthCode(qrStartSecret: string, seconds: number): string {
  return createHmac('sha256', qrStartSecret).update(String(seconds)).digest('hex');
}

export function qrCodeData(qrStartToken: string, qrStartSecret: string, seconds: number): string {
  return `bankid.${qrStartToken}.${seconds}.${qrAuthCode(qrStartSecret, seconds)}`;
}

export function secondsSince(start: Date | number, now: number): number {
  return Math.max(0, Math.floor((now - (typeof start === 'number' ? start : start.getTime())) / 1000));
}
