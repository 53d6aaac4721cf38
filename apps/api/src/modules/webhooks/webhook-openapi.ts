import { WEBHOOK_EVENT_TYPES } from '@ebistans/schema';

const header = (name: string, description: string) => ({
  name,
  in: 'header',
  required: true,
  description,
  schema: { type: 'string' },
});

/**
 * The OpenAPI 3.1 `webhooks` section: what ebistans POSTs to a subscribed URL for each event type. The body
 * is the `WebhookEvent` component (webhooks.schemas.ts); the headers follow Standard Webhooks.
 */
export function webhooksDocument() {
  return Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          operationId: `webhook-${type}`,
          tags: ['webhooks'],
          summary: `Sent for ${type}`,
          description:
            'Signed by Standard Webhooks (standardwebhooks.com); see docs/integration.md, "Webhooks". Answer 2xx ' +
            'within 10 seconds; anything else is retried with exponential backoff. Drop repeats by webhook-id.',
          parameters: [
            header('webhook-id', "The event id (the body's `id`); the same on every retry and redelivery"),
            header('webhook-timestamp', "This attempt's time, Unix seconds; refuse one far from now"),
            header(
              'webhook-signature',
              '`v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`, keyed with the ' +
                'base64-decoded secret after `whsec_`',
            ),
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookEvent' } } },
          },
          responses: {
            '2XX': { description: 'Taken; no retry follows' },
            default: { description: 'Not taken; retried later' },
          },
        },
      },
    ]),
  );
}
