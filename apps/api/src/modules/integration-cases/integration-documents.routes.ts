import multipart from '@fastify/multipart';
import { validatorCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { incomingFiles, multipartOptions } from '../../lib/uploads/incoming-files.js';
import { uploadProblemResponses } from '../../lib/uploads/upload-responses.js';
import { clientOf, requireClientScope } from '../../plugins/integration-auth.js';
import { caseParams, idempotencyHeaders } from './integration-cases.schemas.js';
import type { IntegrationCasesService } from './integration-cases.service.js';
import { documentUploadBody, uploadedDocumentsSchema } from './integration-writes.schemas.js';
import { answered } from '../idempotency/idempotent-writes.js';

/** The case system's uploads, in a plugin of their own so that only this route takes multipart bodies. */
export const integrationDocumentsRoutes: FastifyPluginAsyncZod<{
  service: IntegrationCasesService;
  maxBytes: number;
}> = async (app, { service, maxBytes }) => {
  await app.register(multipart, multipartOptions(maxBytes));
  // The body schema only documents the multipart parts, which the handler streams itself.
  app.setValidatorCompiler<z.ZodType>((route) => (route.httpPart === 'body' ? () => true : validatorCompiler(route)));

  app.post('/cases/:caseId/documents', {
    preHandler: requireClientScope('cases:write'),
    schema: {
      operationId: 'v1UploadCaseDocuments',
      tags: ['integration-v1'],
      summary: 'Add documents to the case, e.g. the decision letter (scope cases:write)',
      description:
        'multipart/form-data with one or more parts named `file` (at most 10). Each must be a PDF, JPEG, PNG or ' +
        'HEIC/HEIF, sniffed from its bytes, within the size limit and with a plain file name; a request stores ' +
        "all its files or none. The documents are filed under the case's Handlingar as from the case system. " +
        'The applicant does not see them by themselves: send them with `v1SendMessage` (`attachmentIds`) or ' +
        'name one as the letter of `v1RecordDecision`. With an `Idempotency-Key`, a retry with the same files ' +
        '(compared by their SHA-256) gets the first answer and stores nothing again.',
      consumes: ['multipart/form-data'],
      params: caseParams,
      headers: idempotencyHeaders,
      body: documentUploadBody,
      security: [{ bearerAuth: [] }],
      response: {
        201: uploadedDocumentsSchema,
        ...problemResponses(400, 401, 403, 404, 422, 429),
        ...uploadProblemResponses,
      },
    },
    handler: async (request, reply) => {
      return reply
        .code(201)
        .send(
          answered(
            reply,
            await service.uploadDocuments(
              clientOf(request),
              request.params.caseId,
              incomingFiles(request),
              request.headers['idempotency-key'],
            ),
          ),
        );
    },
  });
};
