import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { sendPdf } from '../../lib/pdf/send-pdf.js';
import { staffOf } from '../../plugins/auth.js';
import { caseParams, decisionBody, decisionProposalSchema, recordedDecisionSchema } from './decisions.schemas.js';
import type { DecisionsService } from './decisions.service.js';

export const decisionsRoutes: FastifyPluginAsyncZod<{ service: DecisionsService }> = async (app, { service }) => {
  app.addHook('preHandler', app.requireStaff);

  app.get('/staff/cases/:caseId/decision-proposal', {
    schema: {
      operationId: 'getDecisionProposal',
      tags: ['decisions'],
      summary: 'The riksnorm calculation from the case answers, line by line, and the decision once recorded',
      description:
        'Every cost counted as applied for and no jobbstimulans; `input` lets the client recompute with ' +
        '`calculateDecision` from @ebistans/schema while the caseworker adjusts. The read is audit-logged.',
      params: caseParams,
      response: { 200: decisionProposalSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => service.proposal(staffOf(request), request.params.caseId, request.id),
  });

  app.post('/staff/cases/:caseId/decision', {
    schema: {
      operationId: 'recordDecision',
      tags: ['decisions'],
      summary: 'Record the decision; the case becomes decided (caseworkers only; audit-logged)',
      description:
        'The server recomputes the calculation from the answers and the approvals. A decision that does not ' +
        'agree with it (e.g. bifall with a cut line, an amount on avslag, no motivation) is a 422 ' +
        '`invalid-decision` with Swedish field errors; an assistant gets 403; a case whose status does not ' +
        'allow a decision is a 409 `conflict`.',
      params: caseParams,
      body: decisionBody,
      response: { 201: recordedDecisionSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    handler: async (request, reply) => {
      const decision = await service.decide(staffOf(request), request.params.caseId, request.body, request.id);
      return reply.status(201).send(decision);
    },
  });

  app.get('/staff/cases/:caseId/decision.pdf', {
    schema: {
      operationId: 'getDecisionPdf',
      tags: ['decisions'],
      summary: 'The decision letter as a PDF (the download is audit-logged); 404 before a decision',
      description: "For a decision recorded by the case system, the case system's own letter.",
      params: caseParams,
      produces: ['application/pdf'],
      response: {
        200: z.any().describe('The PDF').meta({ contentMediaType: 'application/pdf' }),
        ...problemResponses(400, 401, 403, 404),
      },
    },
    handler: async (request, reply) => {
      const { caseNumber, body } = await service.staffPdf(staffOf(request), request.params.caseId, request.id);
      return sendPdf(reply, `beslut-${caseNumber}.pdf`, body);
    },
  });
};
