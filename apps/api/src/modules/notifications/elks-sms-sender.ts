import { z } from 'zod';
import type { SmsConfig } from '../../config/env.js';
import type { SmsSender } from './sms-sender.js';

/**
 * Well below the job's expiry and short enough that a login does not hang on a dead gateway; 46elks
 * itself answers within a second or two.
 */
const REQUEST_TIMEOUT_MS = 15_000;

/** A number already in E.164: plus, country code, subscriber number (at most 15 digits in all). */
const e164 = /^\+[1-9]\d{6,14}$/;

/**
 * The number as 46elks wants it. Swedish mobile numbers are kept in the form people type them
 * ("070-123 45 67", "+46 (0)70 123 45 67", "0046701234567"), and become +46701234567; a number already in
 * E.164 with another country code is kept. Anything else is refused rather than guessed at.
 */
export function toE164(mobile: string): string {
  const compact = mobile.replace(/[\s\-().]/g, '');
  if (e164.test(compact) && !compact.startsWith('+46')) return compact;
  const national = compact.replace(/^(?:\+46|0046)/, '').replace(/^0/, '');
  // Swedish mobile numbers are 07x followed by seven digits.
  if (/^7\d{8}$/.test(national)) return `+46${national}`;
  throw new Error('The mobile number is not a Swedish mobile number or an E.164 number');
}

/** What 46elks answers on success; only the status tells anything here. */
const createdSchema = z.object({ id: z.string(), status: z.string() });

class SmsGatewayError extends Error {
  override name = 'SmsGatewayError';
}

/**
 * SMS through the 46elks HTTP API (POST {apiUrl}/a1/sms, Basic auth with the API username and password,
 * form fields from, to and message). Any answer but a 2xx throws, so a queued notification is retried and
 * a login reports that the code could not be sent. The gateway has no idempotency key: a worker that dies
 * after 46elks accepted the message but before the job completed sends it again (at least once).
 */
export function createElksSmsSender(config: Extract<SmsConfig, { kind: '46elks' }>): SmsSender {
  const endpoint = `${config.apiUrl}/a1/sms`;
  const authorization = `Basic ${Buffer.from(`${config.username}:${config.password}`).toString('base64')}`;

  return {
    async send(to, text) {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { authorization, accept: 'application/json' },
        body: new URLSearchParams({
          from: config.from,
          to: toE164(to),
          message: text,
          // One-time codes have no business in the gateway's message history.
          dontlog: 'message',
        }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const body = await response.text();
      if (!response.ok) {
        // 46elks explains errors in a short plain text ("Invalid to number"); it is kept with the failed job.
        throw new SmsGatewayError(`46elks answered ${response.status}: ${body.slice(0, 200)}`);
      }
      const created = createdSchema.safeParse(safeJson(body));
      if (created.success && created.data.status === 'failed') {
        throw new SmsGatewayError('46elks could not send the SMS');
      }
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
