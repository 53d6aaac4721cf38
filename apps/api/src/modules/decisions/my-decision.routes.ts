import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { sendPdf } from '../../lib/pdf/send-pdf.js';
import { applicantOf } from '../../plugins/auth.js';
import { caseParams, myDecisionSchema } from './decisions.schemas.js';
import type { DecisionsService } from './decisions.service.js';

/** The applicant's side of a decision: what was decided on their own case, and the letter. */
export const myDecisionRoutes: FastifyPluginAsyncZod<{ service: DecisionsService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireApplicant);

  app.get('/applicant/cases/:caseId/decision', {
    schema: {
      operationId: 'getMyDecision',
      tags: ['decisions'],
      summary: 'The decision on one of my cases; null until it is made',
      params: caseParams,
      response: { 200: myDecisionSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => {
      const { decision } = await service.mine(applicantOf(request), request.params.caseId);
      return {
        decision: decision && {
          outcome: decision.outcome,
          amount: decision.amount,
          motivation: decision.motivation,
          period: decision.period,
          decidedAt: decision.decidedAt,
        },
      };
    },
  });

  app.get('/applicant/cases/:caseId/decision.pdf', {
    schema: {
      operationId: 'getMyDecisionPdf',
      tags: ['decisions'],
      summary: 'The decision letter on one of my cases as a PDF; 404 before a decision',
      description: "For a decision recorded by the municipality's case system, the letter it made.",
      params: caseParams,
      produces: ['application/pdf'],
      response: {
        200: z.any().describe('The PDF').meta({ contentMediaType: 'application/pdf' }),
        ...problemResponses(400, 401, 403, 404),
      },
    },
    handler: async (request, reply) => {
      const { caseNumber, body } = await service.myPdf(applicantOf(request), request.params.caseId);
      return sendPdf(reply, `beslut-${caseNumber}.pdf`, body);
    },
  });
};
