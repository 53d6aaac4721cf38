import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { applicantLoginMethods } from '../../db/schema/index.js';
import { problemResponses } from '../../lib/http-schemas.js';
import type { MunicipalitiesRepository } from './municipalities.repository.js';

const municipalitySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    loginMethods: z.array(z.enum(applicantLoginMethods)).describe('The login methods applicants may use here'),
  })
  .meta({ id: 'Municipality' });

export const municipalitiesRoutes: FastifyPluginAsyncZod<{ repository: MunicipalitiesRepository }> = async (
  app,
  { repository },
) => {
  app.get('/municipalities', {
    schema: {
      operationId: 'listMunicipalities',
      tags: ['municipalities'],
      summary: 'Municipalities that use the service, for the login page',
      response: { 200: z.object({ items: z.array(municipalitySchema) }), ...problemResponses() },
    },
    handler: async () => ({ items: await repository.listPublic() }),
  });
};
