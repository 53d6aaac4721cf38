import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { sendPdf } from '../../lib/pdf/send-pdf.js';
import type { ApplicationsService } from './applications.service.js';

const printBody = z.object({
  municipality: z.string().min(1).max(100).describe('The municipality slug'),
  formId: z.string().min(1).max(100),
  formVersion: z.number().int().min(1),
  data: z.record(z.string(), z.unknown()),
});

/**
 * The form filled in without logging in, as a PDF to print, sign and post with paper receipts. Nothing
 * is stored: not the answers, not the PDF, not who asked for it.
 */
export const printRoutes: FastifyPluginAsyncZod<{ service: ApplicationsService }> = async (app, { service }) => {
  app.post('/public/print', {
    schema: {
      operationId: 'printApplication',
      tags: ['applications'],
      summary: 'A printable PDF of an application filled in without logging in; nothing is stored',
      body: printBody,
      produces: ['application/pdf'],
      response: {
        200: z.any().describe('The PDF').meta({ contentMediaType: 'application/pdf' }),
        ...problemResponses(400, 404, 422),
      },
    },
    handler: async (request, reply) => {
      const pdf = await service.print(request.body);
      return sendPdf(reply, 'ansokan-ekonomiskt-bistand.pdf', Buffer.from(pdf));
    },
  });
};
