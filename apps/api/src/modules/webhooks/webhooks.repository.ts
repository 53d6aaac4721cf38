import type { WebhookEventType } from '@ebistans/schema';
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  caseEvents,
  cases,
  webhookDeliveries,
  webhookOutbox,
  webhookSubscriptions,
  type WebhookDeliveryStatus,
} from '../../db/schema/index.js';

/** What one delivery attempt came to. */
export interface AttemptOutcome {
  delivered: boolean;
  statusCode: number | null;
  error: string | null;
}

export function createWebhooksRepository(db: Database) {
  return {
    list(municipalityId: string) {
      return db
        .select()
        .from(webhookSubscriptions)
        .where(eq(webhookSubscriptions.municipalityId, municipalityId))
        .orderBy(desc(webhookSubscriptions.createdAt));
    },

    async findInMunicipality(municipalityId: string, subscriptionId: string) {
      const [row] = await db
        .select()
        .from(webhookSubscriptions)
        .where(
          and(eq(webhookSubscriptions.id, subscriptionId), eq(webhookSubscriptions.municipalityId, municipalityId)),
        );
      return row;
    },

    async create(
      values: {
        municipalityId: string;
        url: string;
        events: WebhookEventType[];
        secret: string;
        createdByStaffId: string;
      },
      executor: Database = db,
    ) {
      const [row] = await executor.insert(webhookSubscriptions).values(values).returning();
      return row!;
    },

    async update(
      subscriptionId: string,
      values: Partial<{ url: string; events: WebhookEventType[]; active: boolean; secret: string }>,
      executor: Database = db,
    ) {
      const [row] = await executor
        .update(webhookSubscriptions)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(webhookSubscriptions.id, subscriptionId))
        .returning();
      return row!;
    },

    /** Its deliveries go with it: they hold nothing but ids. */
    async remove(subscriptionId: string, executor: Database = db) {
      await executor.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, subscriptionId));
    },

    async deliveries(subscriptionId: string, page: number, pageSize: number) {
      const [items, [total]] = await Promise.all([
        db
          .select()
          .from(webhookDeliveries)
          .where(eq(webhookDeliveries.subscriptionId, subscriptionId))
          .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db
          .select({ value: count() })
          .from(webhookDeliveries)
          .where(eq(webhookDeliveries.subscriptionId, subscriptionId)),
      ]);
      return { items, total: total?.value ?? 0 };
    },

    async findDeliveryInMunicipality(municipalityId: string, deliveryId: string) {
      const [row] = await db
        .select()
        .from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.municipalityId, municipalityId)));
      return row;
    },

    /** Pending again: the redelivery's job records its attempts like the first ones. */
    async reopenDelivery(deliveryId: string, executor: Database = db) {
      const [row] = await executor
        .update(webhookDeliveries)
        .set({ status: 'pending' })
        .where(eq(webhookDeliveries.id, deliveryId))
        .returning();
      return row!;
    },

    /** The delivery with where and how to send it; undefined once its subscription is deleted. */
    async findForSending(deliveryId: string) {
      const [row] = await db
        .select({
          id: webhookDeliveries.id,
          status: webhookDeliveries.status,
          payload: webhookDeliveries.payload,
          url: webhookSubscriptions.url,
          secret: webhookSubscriptions.secret,
          active: webhookSubscriptions.active,
        })
        .from(webhookDeliveries)
        .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
        .where(eq(webhookDeliveries.id, deliveryId));
      return row;
    },

    /** Counts the attempt; a failed one settles the delivery as failed only when no retry follows. */
    async recordAttempt(deliveryId: string, outcome: AttemptOutcome, lastAttempt: boolean) {
      const status: WebhookDeliveryStatus = outcome.delivered ? 'delivered' : lastAttempt ? 'failed' : 'pending';
      const now = new Date();
      await db
        .update(webhookDeliveries)
        .set({
          status,
          attempts: sql`${webhookDeliveries.attempts} + 1`,
          lastStatusCode: outcome.statusCode,
          lastError: outcome.error,
          lastAttemptAt: now,
          ...(outcome.delivered ? { deliveredAt: now } : {}),
        })
        .where(eq(webhookDeliveries.id, deliveryId));
    },

    async settleInactive(deliveryId: string) {
      await db
        .update(webhookDeliveries)
        .set({ status: 'failed', lastError: 'inactive' })
        .where(eq(webhookDeliveries.id, deliveryId));
    },

    /**
     * Takes up to `limit` case events from the outbox, locked so that another process's dispatcher skips
     * them, with their case's municipality; they are deleted by `removeFromOutbox` in the same transaction.
     */
    takeOutbox(tx: Database, limit: number) {
      return tx
        .select({
          id: caseEvents.id,
          type: caseEvents.type,
          data: caseEvents.data,
          createdAt: caseEvents.createdAt,
          caseId: caseEvents.caseId,
          municipalityId: cases.municipalityId,
        })
        .from(webhookOutbox)
        .innerJoin(caseEvents, eq(caseEvents.id, webhookOutbox.caseEventId))
        .innerJoin(cases, eq(cases.id, caseEvents.caseId))
        .orderBy(webhookOutbox.createdAt, caseEvents.createdAt)
        .limit(limit)
        .for('update', { of: webhookOutbox, skipLocked: true });
    },

    async removeFromOutbox(tx: Database, caseEventIds: string[]) {
      if (caseEventIds.length === 0) return;
      await tx.delete(webhookOutbox).where(inArray(webhookOutbox.caseEventId, caseEventIds));
    },

    activeSubscriptions(tx: Database, municipalityIds: string[]) {
      return tx
        .select({
          id: webhookSubscriptions.id,
          municipalityId: webhookSubscriptions.municipalityId,
          events: webhookSubscriptions.events,
        })
        .from(webhookSubscriptions)
        .where(
          and(inArray(webhookSubscriptions.municipalityId, municipalityIds), eq(webhookSubscriptions.active, true)),
        );
    },

    async insertDeliveries(
      tx: Database,
      values: {
        id: string;
        subscriptionId: string;
        municipalityId: string;
        eventType: WebhookEventType;
        payload: Record<string, unknown>;
      }[],
    ) {
      if (values.length > 0) await tx.insert(webhookDeliveries).values(values);
    },
  };
}

export type WebhooksRepository = ReturnType<typeof createWebhooksRepository>;
