import type { WebhookEventType } from '@ebistans/schema';
import type { Database } from '../../db/client.js';
import type { WebhookDeliveryRow, WebhookSubscriptionRow } from '../../db/schema/index.js';
import { adminMunicipalityOf } from '../../lib/admin-access.js';
import { BusinessRuleError, NotFoundError } from '../../lib/errors.js';
import type { JobQueue } from '../../lib/job-queue.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import { WEBHOOK_DELIVERIES_QUEUE, type WebhookDeliveryJob } from './webhook-delivery.js';
import { newWebhookSecret } from './webhook-signature.js';
import type { WebhooksRepository } from './webhooks.repository.js';
import type { WebhookDeliveryView, WebhookSubscriptionView } from './webhooks.schemas.js';

interface WebhooksServiceDeps {
  db: Database;
  repository: WebhooksRepository;
  queue: Pick<JobQueue, 'send'>;
  audit: Pick<AuditService, 'record'>;
  /** Whether http:// URLs are accepted (outside production): in production every payload goes over TLS. */
  allowHttp: boolean;
}

const toView = (row: WebhookSubscriptionRow): WebhookSubscriptionView => ({
  id: row.id,
  url: row.url,
  events: row.events,
  active: row.active,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const deliveryView = (row: WebhookDeliveryRow): WebhookDeliveryView => ({
  id: row.id,
  eventType: row.eventType,
  createdAt: row.createdAt.toISOString(),
  status: row.status,
  attempts: row.attempts,
  lastStatusCode: row.lastStatusCode,
  lastError: row.lastError,
  lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
  deliveredAt: row.deliveredAt?.toISOString() ?? null,
});

/** A municipality's webhook subscriptions, administered by its admins, and their delivery log. */
export function createWebhooksService({ db, repository, queue, audit, allowHttp }: WebhooksServiceDeps) {
  function checkUrl(url: string) {
    if (new URL(url).protocol === 'https:' || allowHttp) return;
    throw new BusinessRuleError('https-required', 'The webhook URL must start with https://', [
      { path: 'url', code: 'https-required', message: 'Adressen måste börja med https://' },
    ]);
  }

  async function adminsSubscription(identity: StaffIdentity, subscriptionId: string) {
    const row = await repository.findInMunicipality(adminMunicipalityOf(identity), subscriptionId);
    if (!row) throw new NotFoundError('No webhook with that id');
    return row;
  }

  function record(
    identity: StaffIdentity,
    row: WebhookSubscriptionRow,
    action: string,
    requestId: string,
    executor: Database,
    details: Record<string, unknown> = {},
  ) {
    return audit.record(
      {
        municipalityId: row.municipalityId,
        actorKind: 'staff',
        actorId: identity.staffId,
        action,
        entityType: 'webhook',
        entityId: row.id,
        requestId,
        details: { url: row.url, events: row.events, active: row.active, ...details },
      },
      executor,
    );
  }

  return {
    async list(identity: StaffIdentity) {
      return { items: (await repository.list(adminMunicipalityOf(identity))).map(toView) };
    },

    /** The secret is in this answer and the rotation's only; lists never carry it. */
    async create(identity: StaffIdentity, input: { url: string; events: WebhookEventType[] }, requestId: string) {
      const municipalityId = adminMunicipalityOf(identity);
      checkUrl(input.url);
      const secret = newWebhookSecret();
      return db.transaction(async (tx) => {
        const row = await repository.create(
          {
            municipalityId,
            url: input.url,
            events: [...new Set(input.events)],
            secret,
            createdByStaffId: identity.staffId,
          },
          tx,
        );
        await record(identity, row, 'webhook.create', requestId, tx);
        return { subscription: toView(row), secret };
      });
    },

    async update(
      identity: StaffIdentity,
      subscriptionId: string,
      input: { url?: string | undefined; events?: WebhookEventType[] | undefined; active?: boolean | undefined },
      requestId: string,
    ) {
      await adminsSubscription(identity, subscriptionId);
      if (input.url !== undefined) checkUrl(input.url);
      return db.transaction(async (tx) => {
        const row = await repository.update(
          subscriptionId,
          {
            ...(input.url !== undefined ? { url: input.url } : {}),
            ...(input.events !== undefined ? { events: [...new Set(input.events)] } : {}),
            ...(input.active !== undefined ? { active: input.active } : {}),
          },
          tx,
        );
        await record(identity, row, 'webhook.update', requestId, tx);
        return toView(row);
      });
    },

    async remove(identity: StaffIdentity, subscriptionId: string, requestId: string) {
      const row = await adminsSubscription(identity, subscriptionId);
      await db.transaction(async (tx) => {
        await repository.remove(subscriptionId, tx);
        await record(identity, row, 'webhook.delete', requestId, tx);
      });
    },

    /** A new secret, in force at once: deliveries still retrying are signed with it. */
    async rotateSecret(identity: StaffIdentity, subscriptionId: string, requestId: string) {
      await adminsSubscription(identity, subscriptionId);
      const secret = newWebhookSecret();
      return db.transaction(async (tx) => {
        const row = await repository.update(subscriptionId, { secret }, tx);
        await record(identity, row, 'webhook.rotate-secret', requestId, tx);
        return { subscription: toView(row), secret };
      });
    },

    /** Newest first; only ids, event types and outcomes, so reading it needs no audit entry. */
    async deliveries(identity: StaffIdentity, subscriptionId: string, query: { page: number; pageSize: number }) {
      await adminsSubscription(identity, subscriptionId);
      const { items, total } = await repository.deliveries(subscriptionId, query.page, query.pageSize);
      return { items: items.map(deliveryView), page: query.page, pageSize: query.pageSize, total };
    },

    /** The same delivery once more, with the same webhook-id, so a receiver that has it already drops it. */
    async redeliver(identity: StaffIdentity, deliveryId: string, requestId: string) {
      const municipalityId = adminMunicipalityOf(identity);
      const found = await repository.findDeliveryInMunicipality(municipalityId, deliveryId);
      if (!found) throw new NotFoundError('No webhook delivery with that id');
      const subscription = await adminsSubscription(identity, found.subscriptionId);
      return db.transaction(async (tx) => {
        const row = await repository.reopenDelivery(deliveryId, tx);
        const job: WebhookDeliveryJob = { deliveryId, redelivery: true };
        await queue.send(tx, WEBHOOK_DELIVERIES_QUEUE, job);
        await record(identity, subscription, 'webhook.redeliver', requestId, tx, {
          deliveryId,
          eventType: found.eventType,
        });
        return deliveryView(row);
      });
    },
  };
}

export type WebhooksService = ReturnType<typeof createWebhooksService>;
