import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { applicantOf } from '../../plugins/auth.js';
import { bankIdLoginParams, bankIdQrCodeSchema } from './bankid-login.schemas.js';
import { signingStartedSchema, signingStatusSchema, startSigningBody } from './bankid-signing.schemas.js';
import type { BankIdSigningService } from './bankid-signing.service.js';

const BASE = '/applicant/signatures';

export const bankIdSigningRoutes: FastifyPluginAsyncZod<{ service: BankIdSigningService }> = async (
  app,
  { service },
) => {
  app.addHook('preHandler', app.requireApplicant);

  app.post(`${BASE}/start`, {
    schema: {
      operationId: 'startBankIdSigning',
      tags: ['applications'],
      summary: 'Start signing the answers with BankID; submit the application with the id when complete',
      description:
        'The answers are checked like a submission. The app shows the month, the household and the declaration; ' +
        'the SHA-256 digest of the canonical JSON of {formId, formVersion, data: the visible answers} is signed with them.',
      body: startSigningBody,
      response: { 200: signingStartedSchema, ...problemResponses(400, 401, 403, 409, 422, 503) },
    },
    handler: (request) => service.start(applicantOf(request), request.body, request.ip),
  });

  app.get(`${BASE}/:id/qr`, {
    schema: {
      operationId: 'getBankIdSigningQrCode',
      tags: ['applications'],
      summary: 'The animated QR code for this second (other-device flow)',
      params: bankIdLoginParams,
      response: { 200: bankIdQrCodeSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
    handler: (request) => service.qrCode(applicantOf(request), request.params.id),
  });

  app.post(`${BASE}/:id/collect`, {
    schema: {
      operationId: 'collectBankIdSigning',
      tags: ['applications'],
      summary: 'Poll the signing every two seconds',
      params: bankIdLoginParams,
      response: { 200: signingStatusSchema, ...problemResponses(400, 401, 403, 404, 503) },
    },
    handler: (request) => service.collect(applicantOf(request), request.params.id),
  });

  app.post(`${BASE}/:id/cancel`, {
    schema: {
      operationId: 'cancelBankIdSigning',
      tags: ['applications'],
      summary: 'Cancel the signing, e.g. when the user closes the dialog',
      params: bankIdLoginParams,
      response: { 204: z.undefined(), ...problemResponses(400, 401, 403, 404, 503) },
    },
    handler: async (request, reply) => {
      await service.cancel(applicantOf(request), request.params.id);
      return reply.status(204).send();
    },
  });
};
