import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { clientOf, requireClientScope } from '../../plugins/integration-auth.js';
import { idempotencyHeaders } from '../integration-cases/integration-cases.schemas.js';
import {
  applicantLookupSchema,
  createManualCaseBody,
  lookupApplicantBody,
  manualCaseCreatedSchema,
} from './integration-applicants.schemas.js';
import type { IntegrationApplicantsService } from './integration-applicants.service.js';
import { answered } from '../idempotency/idempotent-writes.js';

const tags = ['integration-v1'];

/** Applicants for the municipality's case system, under /api/v1; each call is authenticated and audit-logged. */
export const integrationApplicantsRoutes: FastifyPluginAsyncZod<{ service: IntegrationApplicantsService }> = async (
  app,
  { service },
) => {
  app.post('/applicants/lookup', {
    preHandler: requireClientScope('applicants:read'),
    schema: {
      operationId: 'v1LookupApplicant',
      tags,
      summary: "A person's cases and last decision in your municipality, by personnummer (scope applicants:read)",
      description:
        'So the case system can prefill a new case and the caseworker compare with earlier months. A POST, so ' +
        'that the personnummer never appears in URLs or access logs. Answers the cases of the person in your ' +
        'municipality only, newest first, with each decision in brief, and `lastDecision`: the most recently ' +
        'decided of them. Test cases are left out. A person unknown here, or without cases here, gets 200 with ' +
        'no cases and `lastDecision` null: whether the person is known in another municipality is never told. ' +
        'An invalid personnummer is refused with 422 `validation`. Each lookup is audit-logged with the person.',
      body: lookupApplicantBody,
      security: [{ bearerAuth: [] }],
      response: { 200: applicantLookupSchema, ...problemResponses(400, 401, 403, 422, 429) },
    },
    handler: async (request) => service.lookup(clientOf(request), request.body.personnummer, request.id),
  });

  app.post('/manual-cases', {
    preHandler: requireClientScope('cases:write'),
    schema: {
      operationId: 'v1CreateManualCase',
      tags,
      summary: 'Register an application that came on paper or by phone (scope cases:write)',
      description:
        'As a caseworker\'s "Registrera ansökan": the answers are checked exactly as a submission in the ' +
        'e-service (422 `invalid-form` with `errors` per field otherwise, and nothing is created), and the case, ' +
        'its case number, its `registered` event and its application PDF are made together. The applicant must ' +
        'have an applicant account in your municipality (422 `no-applicant-account` otherwise); only the ' +
        'current version of the form is accepted (422 `form-outdated`). The case then appears in the change ' +
        "feed and the caseworkers' inbox like any other. Add the scanned paper and receipts afterwards with " +
        '`POST /api/v1/cases/{caseId}/documents`. Send an `Idempotency-Key`: a retry then answers the same case ' +
        'instead of registering a second one.',
      headers: idempotencyHeaders,
      body: createManualCaseBody,
      security: [{ bearerAuth: [] }],
      response: { 201: manualCaseCreatedSchema, ...problemResponses(400, 401, 403, 422, 429) },
    },
    handler: async (request, reply) => {
      return reply
        .status(201)
        .send(
          answered(
            reply,
            await service.createManualCase(
              clientOf(request),
              request.body,
              request.headers['idempotency-key'],
              request.id,
            ),
          ),
        );
    },
  });
};
