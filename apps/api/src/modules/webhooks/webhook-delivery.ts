import type { FastifyBaseLogger } from 'fastify';
import type { Job, QueueDefinition } from '../../lib/job-queue.js';
import { signedHeaders } from './webhook-signature.js';
import type { AttemptOutcome, WebhooksRepository } from './webhooks.repository.js';

export const WEBHOOK_DELIVERIES_QUEUE = 'webhook-deliveries';

export interface WebhookDeliveryJob {
  deliveryId: string;
  /** An admin's "send again": sent even when the delivery was already taken. */
  redelivery?: boolean;
}

/** How long a receiver has to answer an attempt. */
const TIMEOUT_MS = 10_000;

export function webhookDeliveriesQueue(retry: { retryLimit: number; retryDelaySeconds: number }): QueueDefinition {
  // Far above the 10-second timeout: only a dead worker leaves an attempt active this long.
  return { name: WEBHOOK_DELIVERIES_QUEUE, ...retry, expireInSeconds: 120 };
}

/** A code for the delivery log: the receiver's answer or the error text could hold anything, so neither is kept. */
function failureCode(error: unknown) {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timeout';
  const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return typeof code === 'string' && /^[A-Z_]{3,40}$/.test(code) ? code : 'network';
}

async function attempt(url: string, secret: string, deliveryId: string, body: string): Promise<AttemptOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(secret, deliveryId, body) },
      body,
      // A redirect is an answer like any other non-2xx: following it would send the event somewhere unchosen.
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    const delivered = response.status >= 200 && response.status < 300;
    return { delivered, statusCode: response.status, error: delivered ? null : 'http-status' };
  } catch (error) {
    return { delivered: false, statusCode: null, error: failureCode(error) };
  }
}

/**
 * Sends one delivery, signed: a 2xx answer delivers it; anything else is recorded and thrown, so pg-boss
 * retries with backoff, until the last attempt settles it as failed. A job whose delivery was taken
 * meanwhile (an admin's redelivery got through) stops; a deactivated subscription ends the retries.
 */
export function createWebhookDelivery({ repository, log }: { repository: WebhooksRepository; log: FastifyBaseLogger }) {
  return async (job: Job<WebhookDeliveryJob>) => {
    const delivery = await repository.findForSending(job.data.deliveryId);
    if (!delivery) return;
    if (delivery.status === 'delivered' && !job.data.redelivery) return;
    if (!delivery.active) {
      await repository.settleInactive(delivery.id);
      return;
    }
    const outcome = await attempt(delivery.url, delivery.secret, delivery.id, JSON.stringify(delivery.payload));
    await repository.recordAttempt(delivery.id, outcome, job.lastAttempt);
    if (outcome.delivered || job.lastAttempt) return;
    log.info({ deliveryId: delivery.id, statusCode: outcome.statusCode, error: outcome.error }, 'webhook not taken');
    throw new Error(`Webhook not taken (${outcome.error}${outcome.statusCode ? ` ${outcome.statusCode}` : ''})`);
  };
}
