import type { WebhookEventType } from '@ebistans/schema';
import { boolean, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, timestampTz } from './common.js';
import { caseEvents } from './cases.js';
import { municipalities } from './municipalities.js';
import { staff } from './people.js';

export const webhookDeliveryStatuses = ['pending', 'delivered', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

/**
 * A case system's endpoint for the municipality's case events. The secret is kept as given out
 * (`whsec_…`), since signing needs it; it is shown once, at creation and rotation, and never listed.
 */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: id(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    url: text('url').notNull(),
    events: text('events').array().$type<WebhookEventType[]>().notNull(),
    secret: text('secret').notNull(),
    active: boolean('active').notNull().default(true),
    createdByStaffId: uuid('created_by_staff_id').references(() => staff.id),
    createdAt: createdAt(),
    updatedAt: timestampTz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('webhook_subscriptions_municipality_idx').on(t.municipalityId, t.createdAt)],
);

/**
 * One webhook event for one subscription, with its delivery state. The id is the `webhook-id` header, the
 * same on every retry and redelivery, so a receiver can drop repeats. The payload holds ids and codes only.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    eventType: text('event_type').$type<WebhookEventType>().notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: webhookDeliveryStatuses }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastStatusCode: integer('last_status_code'),
    /** A code (`timeout`, `http-status`, `ECONNREFUSED`…), never the receiver's answer. */
    lastError: text('last_error'),
    lastAttemptAt: timestampTz('last_attempt_at'),
    createdAt: createdAt(),
    deliveredAt: timestampTz('delivered_at'),
  },
  (t) => [index('webhook_deliveries_subscription_idx').on(t.subscriptionId, t.createdAt)],
);

/**
 * Case events waiting to become deliveries, put here by the trigger `case_events_webhook_outbox` (migration
 * 0006) in the event's own transaction, and taken by the dispatcher.
 */
export const webhookOutbox = pgTable('webhook_outbox', {
  caseEventId: uuid('case_event_id')
    .primaryKey()
    .references(() => caseEvents.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

export type WebhookSubscriptionRow = typeof webhookSubscriptions.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
