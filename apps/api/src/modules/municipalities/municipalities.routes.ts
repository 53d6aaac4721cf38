import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { applicantLoginMethods } from '../../db/schema/index.js';
import { NotFoundError } from '../../lib/errors.js';
import { problemResponses } from '../../lib/http-schemas.js';
import { toMunicipalityDetails } from './municipality-details.js';
import type { MunicipalitiesRepository } from './municipalities.repository.js';
import { municipalityDetailsSchema, municipalityParams } from './municipalities.schemas.js';

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

  app.get('/municipalities/:slug', {
    schema: {
      operationId: 'getMunicipality',
      tags: ['municipalities'],
      summary: "One municipality's public page: login methods, personal-data information and contact details",
      description:
        'Public, also before login. The personal-data text is the municipality’s own where it has written one ' +
        '(per section, in `settings.personalData`), otherwise a default based on the law.',
      params: municipalityParams,
      response: { 200: municipalityDetailsSchema, ...problemResponses(400, 404) },
    },
    handler: async (request) => {
      const row = await repository.findPublicBySlug(request.params.slug);
      if (!row) throw new NotFoundError('No such municipality');
      return toMunicipalityDetails(row);
    },
  });
};
