import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import type { DevOutbox } from './dev-outbox.js';

/** Registered only in embedded/dev mode: what the dev outbox "sent", newest first. */
export const devOutboxRoutes: FastifyPluginAsyncZod<{ outbox: DevOutbox }> = async (app, { outbox }) => {
  app.get('/dev/outbox', {
    schema: {
      operationId: 'listDevOutbox',
      tags: ['dev'],
      summary: 'Messages the dev outbox stored instead of sending (embedded mode only)',
      response: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.uuid(),
              channel: z.enum(['sms', 'email']),
              to: z.string(),
              body: z.string(),
              createdAt: z.iso.datetime(),
            }),
          ),
        }),
        ...problemResponses(),
      },
    },
    handler: async () => ({
      items: (await outbox.list()).map((row) => ({
        id: row.id,
        channel: row.channel,
        to: row.recipient,
        body: row.body,
        createdAt: row.createdAt.toISOString(),
      })),
    }),
  });
};
