import { randomUUID } from 'node:crypto';
import { CASE_EVENT_SCHEMA_VERSION, statusAfterEvent, webhookEventsOf, type WebhookEventType } from '@ebistans/schema';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client.js';
import { caseStatuses, type CaseStatus } from '../../db/schema/index.js';
import type { JobQueue } from '../../lib/job-queue.js';
import { WEBHOOK_DELIVERIES_QUEUE, type WebhookDeliveryJob } from './webhook-delivery.js';
import type { WebhooksRepository } from './webhooks.repository.js';
import type { WebhookEvent } from './webhooks.schemas.js';

/** Case events taken per transaction; a longer outbox is worked through in rounds. */
const BATCH_SIZE = 100;

type OutboxEvent = Awaited<ReturnType<WebhooksRepository['takeOutbox']>>[number];

const isCaseStatus = (value: unknown): value is CaseStatus =>
  typeof value === 'string' && (caseStatuses as readonly string[]).includes(value);

/** Ids and codes only: the receiver reads the rest with its own token, where access is checked and logged. */
function payloadOf(id: string, type: WebhookEventType, event: OutboxEvent): WebhookEvent {
  const to = statusAfterEvent(event.type);
  const from = event.data.from;
  const messageId = event.data.messageId;
  return {
    id,
    type,
    version: CASE_EVENT_SCHEMA_VERSION,
    occurredAt: event.createdAt.toISOString(),
    municipalityId: event.municipalityId,
    data: {
      caseId: event.caseId,
      caseEvent: { id: event.id, type: event.type },
      ...(type === 'case.status_changed' && isCaseStatus(to) ? { to, ...(isCaseStatus(from) ? { from } : {}) } : {}),
      ...(type === 'message.received' && typeof messageId === 'string' ? { messageId } : {}),
    },
  };
}

interface WebhookDispatcherDeps {
  db: Database;
  repository: WebhooksRepository;
  queue: Pick<JobQueue, 'send'>;
  log: FastifyBaseLogger;
}

/**
 * Turns the case events the trigger put in the outbox into deliveries, one per webhook event and
 * subscription that asks for it, each with its job, in one transaction with the outbox rows' deletion: an
 * event becomes its deliveries exactly once, even with several processes dispatching (SKIP LOCKED).
 */
export function createWebhookDispatcher({ db, repository, queue, log }: WebhookDispatcherDeps) {
  const dispatchBatch = () =>
    db.transaction(async (tx) => {
      const events = await repository.takeOutbox(tx, BATCH_SIZE);
      if (events.length === 0) return 0;
      const subscriptions = await repository.activeSubscriptions(tx, [
        ...new Set(events.map((event) => event.municipalityId)),
      ]);
      const deliveries = events.flatMap((event) =>
        webhookEventsOf(event.type, event.data).flatMap((type) =>
          subscriptions
            .filter((subscription) => subscription.municipalityId === event.municipalityId)
            .filter((subscription) => subscription.events.includes(type))
            .map((subscription) => {
              const id = randomUUID();
              return {
                id,
                subscriptionId: subscription.id,
                municipalityId: event.municipalityId,
                eventType: type,
                payload: payloadOf(id, type, event),
              };
            }),
        ),
      );
      await repository.insertDeliveries(tx, deliveries);
      for (const delivery of deliveries) {
        const job: WebhookDeliveryJob = { deliveryId: delivery.id };
        await queue.send(tx, WEBHOOK_DELIVERIES_QUEUE, job);
      }
      await repository.removeFromOutbox(
        tx,
        events.map((event) => event.id),
      );
      return events.length;
    });

  /** Works through the outbox until it is empty. */
  async function dispatch() {
    while ((await dispatchBatch()) === BATCH_SIZE);
  }

  return {
    dispatch,

    /**
     * Dispatches now and then every `intervalMs` after the previous round ended, so rounds never overlap.
     * `stop` waits for a round under way.
     */
    start(intervalMs: number) {
      let timer: NodeJS.Timeout | undefined;
      let stopped = false;
      let running: Promise<void> = Promise.resolve();
      const round = () => {
        running = dispatch()
          .catch((error: unknown) => log.error({ err: error }, 'webhook dispatch failed'))
          .finally(() => {
            if (!stopped) timer = setTimeout(round, intervalMs);
          });
      };
      round();
      return {
        async stop() {
          stopped = true;
          clearTimeout(timer);
          await running;
        },
      };
    },
  };
}
