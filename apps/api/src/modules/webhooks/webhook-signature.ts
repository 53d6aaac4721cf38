import { createHmac, randomBytes } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';

/** A signing secret as Standard Webhooks libraries take it: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret() {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

/**
 * The headers of one delivery attempt, by the Standard Webhooks specification (standardwebhooks.com):
 * `webhook-signature` is `v1,` and the base64 HMAC-SHA256, keyed with the secret's bytes, of
 * `<webhook-id>.<webhook-timestamp>.<body>`. The id is the same on every attempt; the timestamp is this
 * attempt's, so a receiver can refuse old replays.
 */
export function signedHeaders(secret: string, webhookId: string, body: string, now = new Date()) {
  const timestamp = Math.floor(now.getTime() / 1000).toString();
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  const signature = createHmac('sha256', key).update(`${webhookId}.${timestamp}.${body}`).digest('base64');
  return {
    'webhook-id': webhookId,
    'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${signature}`,
  };
}
