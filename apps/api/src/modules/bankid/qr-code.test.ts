import { describe, expect, it } from 'vitest';
import { qrAuthCode, qrCodeData, secondsSince } from './qr-code.js';

// BankID's documented example order; the codes were computed independently with
// `printf 0 | openssl dgst -sha256 -hmac <qrStartSecret>` (and 1, 2). t = 0 is the one in BankID's docs.
const qrStartToken = '67df3917-fa0d-44e5-b327-edcc928297f8';
const qrStartSecret = 'd28db9a7-4cde-429e-a983-359be676944c';

describe('animated QR code', () => {
  it.each([
    [0, 'dc69358e712458a66a7525beef148ae8526b1c71610eff2c16cdffb4cdac9bf8'],
    [1, '949d559bf23403952a94d103e67743126381eda00f0b3cbddbf7c96b1adcbce2'],
    [2, 'a9e5ec59cb4eee4ef4117150abc58fad7a85439a6a96ccbecc3668b41795b3f3'],
  ])('at t = %i the code is the HMAC of the decimal seconds', (seconds, code) => {
    expect(qrAuthCode(qrStartSecret, seconds)).toBe(code);
    expect(qrCodeData(qrStartToken, qrStartSecret, seconds)).toBe(`bankid.${qrStartToken}.${seconds}.${code}`);
  });

  it('counts whole seconds since the order started, never negative', () => {
    const start = new Date('2026-01-01T10:00:00.000Z');
    expect(secondsSince(start, start.getTime() + 999)).toBe(0);
    expect(secondsSince(start, start.getTime() + 2_000)).toBe(2);
    expect(secondsSince(start, start.getTime() - 500)).toBe(0);
  });
});
