import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { applicantOf, staffOf } from '../../plugins/auth.js';
import type { ApplicantMessagesService } from './applicant-messages.service.js';

const applicantParams = z.object({ applicantId: z.uuid() });
const messageBody = z.object({ body: z.string().trim().min(1).max(10_000) });
const sentSchema = z.object({ id: z.uuid() }).meta({ id: 'SentApplicantMessage' });

const messageSchema = z
  .object({
    id: z.uuid(),
    direction: z.enum(['to_applicant', 'from_applicant']),
    body: z.string(),
    /** The caseworker's display name on messages to the applicant. */
    authorName: z.string().nullable(),
    readAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ApplicantMessage' });
const threadSchema = z.object({ items: z.array(messageSchema) }).meta({ id: 'ApplicantMessageThread' });

type Row = Omit<z.infer<typeof messageSchema>, 'readAt' | 'createdAt'> & { readAt: Date | null; createdAt: Date };
const thread = (rows: Row[]) => ({
  items: rows.map((row) => ({
    ...row,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  })),
});

export const applicantMessagesRoutes: FastifyPluginAsyncZod<{ service: ApplicantMessagesService }> = async (
  app,
  { service },
) => {
  app.get('/applicant/messages', {
    preHandler: app.requireApplicant,
    schema: {
      operationId: 'listMyMessages',
      tags: ['messages'],
      summary:
        "Messages with the municipality outside my cases, oldest first; opening them marks the caseworkers' read",
      response: { 200: threadSchema, ...problemResponses(401, 403) },
    },
    handler: async (request) => thread(await service.listForApplicant(applicantOf(request))),
  });

  app.post('/applicant/messages', {
    preHandler: app.requireApplicant,
    schema: {
      operationId: 'sendMyMessage',
      tags: ['messages'],
      summary: 'Write to the municipality about something that is not one of my cases',
      body: messageBody,
      response: { 201: sentSchema, ...problemResponses(400, 401, 403) },
    },
    handler: async (request, reply) => {
      const sent = await service.sendFromApplicant(applicantOf(request), request.body.body);
      return reply.status(201).send(sent);
    },
  });

  app.get('/staff/applicants/:applicantId/messages', {
    preHandler: app.requireStaff,
    schema: {
      operationId: 'listApplicantMessages',
      tags: ['messages'],
      summary: "The applicant's messages outside cases (audit-logged); marks the applicant's messages read",
      params: applicantParams,
      response: { 200: threadSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) =>
      thread(await service.listForStaff(staffOf(request), request.params.applicantId, request.id)),
  });

  app.post('/staff/applicants/:applicantId/messages', {
    preHandler: app.requireStaff,
    schema: {
      operationId: 'sendApplicantMessage',
      tags: ['messages'],
      summary: 'Send a secure message to the applicant outside any case (audit-logged)',
      params: applicantParams,
      body: messageBody,
      response: { 201: sentSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      const sent = await service.sendFromStaff(
        staffOf(request),
        request.params.applicantId,
        request.body.body,
        request.id,
      );
      return reply.status(201).send(sent);
    },
  });
};
