import { CASE_EVENT_SCHEMA_VERSION, WEBHOOK_EVENT_TYPES } from '@ebistans/schema';
import { z } from 'zod';
import { caseStatuses, webhookDeliveryStatuses } from '../../db/schema/index.js';
import { caseEventTypeSchema } from '../../lib/http-schemas.js';

export const webhookEventTypeSchema = z
  .enum(WEBHOOK_EVENT_TYPES)
  .describe('Values may be added in later releases but are never removed or renamed')
  .meta({ id: 'WebhookEventType' });

const caseStatusSchema = z.enum(caseStatuses);

/**
 * The body of every webhook: ids and codes only, never names, personnummer, amounts or texts. The receiver
 * fetches what it needs from /api/v1 with its own token.
 */
export const webhookEventSchema = z
  .object({
    id: z.uuid().describe('Also the `webhook-id` header: the same on every retry and redelivery, so drop repeats'),
    type: webhookEventTypeSchema,
    version: z.literal(CASE_EVENT_SCHEMA_VERSION).describe('The version of the event schema'),
    occurredAt: z.iso.datetime().describe('When the case event happened'),
    municipalityId: z.uuid(),
    data: z.object({
      caseId: z.uuid().describe('Read the case with GET /api/v1/cases/{caseId}'),
      caseEvent: z.object({
        id: z.uuid(),
        type: caseEventTypeSchema,
      }),
      from: caseStatusSchema.optional().describe('case.status_changed: the status before, when known'),
      to: caseStatusSchema.optional().describe('case.status_changed: the status after'),
      messageId: z.uuid().optional().describe("message.received: the applicant's message"),
    }),
  })
  .meta({ id: 'WebhookEvent' });
export type WebhookEvent = z.infer<typeof webhookEventSchema>;

export const webhookSubscriptionSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    events: z.array(webhookEventTypeSchema),
    active: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookSubscription' });
export type WebhookSubscriptionView = z.infer<typeof webhookSubscriptionSchema>;

export const webhookSubscriptionListSchema = z
  .object({ items: z.array(webhookSubscriptionSchema) })
  .meta({ id: 'WebhookSubscriptionList' });

export const webhookSubscriptionWithSecretSchema = z
  .object({
    subscription: webhookSubscriptionSchema,
    secret: z.string().describe('The signing secret, `whsec_` and base64; shown this once'),
  })
  .meta({ id: 'WebhookSubscriptionWithSecret' });

const url = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .describe('https:// (http:// only outside production)');
const events = z.array(webhookEventTypeSchema).min(1);

export const createWebhookBody = z.object({ url, events });
export const updateWebhookBody = z
  .object({ url: url.optional(), events: events.optional(), active: z.boolean().optional() })
  .refine((body) => Object.keys(body).length > 0, 'Give url, events or active');

export const webhookParams = z.object({ subscriptionId: z.uuid() });
export const webhookDeliveryParams = z.object({ deliveryId: z.uuid() });
export const webhookDeliveriesQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const webhookDeliverySchema = z
  .object({
    id: z.uuid().describe('The webhook-id'),
    eventType: webhookEventTypeSchema,
    createdAt: z.iso.datetime(),
    status: z.enum(webhookDeliveryStatuses).describe('pending: not yet taken (retries may follow)'),
    attempts: z.number().int().min(0),
    lastStatusCode: z.number().int().nullable().describe("The receiver's last HTTP status"),
    lastError: z
      .string()
      .nullable()
      .describe('What went wrong last: http-status, timeout, inactive or a network code such as ECONNREFUSED'),
    lastAttemptAt: z.iso.datetime().nullable(),
    deliveredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDeliveryView = z.infer<typeof webhookDeliverySchema>;

export const webhookDeliveryListSchema = z
  .object({
    items: z.array(webhookDeliverySchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'WebhookDeliveryList' });
