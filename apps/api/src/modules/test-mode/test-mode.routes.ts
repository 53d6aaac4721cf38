import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { staffOf } from '../../plugins/auth.js';
import type { TestModeService } from './test-mode.service.js';

const testModeStartedSchema = z
  .object({
    applicantId: z.uuid().describe("The staff member's test applicant"),
    redirectTo: z.string().describe('Where the browser goes next: the applicant e-service'),
  })
  .meta({ id: 'TestModeStarted' });

export const testModeRoutes: FastifyPluginAsyncZod<{ service: TestModeService }> = async (app, { service }) => {
  app.post('/staff/test-mode', {
    preHandler: app.requireStaff,
    schema: {
      operationId: 'startTestMode',
      tags: ['test-mode'],
      summary:
        'Try the e-service: log this browser in as my test applicant (made on first use). The staff session ends; ' +
        'cases the test applicant submits are test cases',
      response: { 200: testModeStartedSchema, ...problemResponses(401, 403) },
    },
    handler: async (request, reply) => {
      const started = await service.start(staffOf(request), request.id);
      app.startSession(reply, started.sessionId);
      return { applicantId: started.applicantId, redirectTo: '/' };
    },
  });
};
