import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { UnavailableError } from '../../lib/errors.js';
import { problemResponses } from '../../lib/http-schemas.js';
import type { FileStore } from '../../lib/storage/index.js';

interface HealthDeps {
  pingDatabase: () => Promise<void>;
  fileStore: FileStore;
}

export const healthRoutes: FastifyPluginAsyncZod<HealthDeps> = async (app, { pingDatabase, fileStore }) => {
  app.get('/health/live', {
    schema: {
      operationId: 'live',
      tags: ['health'],
      summary: 'The process is running',
      response: { 200: z.object({ status: z.literal('ok') }), ...problemResponses() },
    },
    handler: () => ({ status: 'ok' as const }),
  });

  app.get('/health/ready', {
    schema: {
      operationId: 'ready',
      tags: ['health'],
      summary: 'The database and the file store answer',
      response: {
        200: z.object({
          status: z.literal('ok'),
          checks: z.object({ database: z.literal('ok'), fileStore: z.literal('ok') }),
        }),
        ...problemResponses(503),
      },
    },
    handler: async (request) => {
      const [database, files] = await Promise.allSettled([pingDatabase(), fileStore.check()]);
      if (database.status === 'rejected' || files.status === 'rejected') {
        request.log.warn({ database: database.status, fileStore: files.status }, 'readiness check failed');
        throw new UnavailableError(
          `Not ready: ${[database.status === 'rejected' && 'database', files.status === 'rejected' && 'file store'].filter(Boolean).join(', ')}`,
        );
      }
      return { status: 'ok' as const, checks: { database: 'ok' as const, fileStore: 'ok' as const } };
    },
  });
};
