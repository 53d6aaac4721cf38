import { asc } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { municipalities } from '../../db/schema/index.js';

const municipalitySchema = z.object({ id: z.uuid(), slug: z.string(), name: z.string() }).meta({ id: 'Municipality' });

export const municipalitiesRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get('/municipalities', {
    schema: {
      operationId: 'listMunicipalities',
      tags: ['municipalities'],
      summary: 'Municipalities that use the service, for the login page',
      response: { 200: z.object({ items: z.array(municipalitySchema) }) },
    },
    handler: async () => ({
      items: await db
        .select({ id: municipalities.id, slug: municipalities.slug, name: municipalities.name })
        .from(municipalities)
        .orderBy(asc(municipalities.name)),
    }),
  });
};
