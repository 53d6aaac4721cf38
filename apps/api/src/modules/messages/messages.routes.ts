import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from '../../lib/http-schemas.js';
import { applicantOf, staffOf } from '../../plugins/auth.js';
import type { MessagesService } from './messages.service.js';

const caseParams = z.object({ caseId: z.uuid() });
const messageBody = z.object({ body: z.string().trim().min(1).max(10_000) });
const replyBody = messageBody.extend({
  attachmentIds: z
    .array(z.uuid())
    .max(10)
    .default([])
    .describe('Files already sent to the case (POST /api/applicant/cases/{caseId}/attachments) to attach'),
});
const staffMessageBody = messageBody.extend({
  attachmentIds: z
    .array(z.uuid())
    .max(10)
    .default([])
    .describe('Documents already uploaded to the case (POST /api/staff/cases/{caseId}/documents) to send with it'),
});
const messageFileSchema = z.object({ id: z.uuid(), fileName: z.string(), contentType: z.string() });
const sentSchema = z.object({ id: z.uuid() }).meta({ id: 'SentMessage' });

const messageFields = {
  id: z.uuid(),
  direction: z.enum(['to_applicant', 'from_applicant']),
  body: z.string(),
  /** The caseworker's display name on messages to the applicant. */
  authorName: z.string().nullable(),
  readAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
};
const messageSchema = z
  .object({ ...messageFields, attachments: z.array(messageFileSchema) })
  .meta({ id: 'CaseMessage' });
const threadSchema = z.object({ items: z.array(messageSchema) }).meta({ id: 'MessageThread' });

/** The caseworkers' view adds the download receipt of each file they sent. */
const staffMessageSchema = z
  .object({
    ...messageFields,
    readAt: messageFields.readAt.describe(
      'On a message to the applicant, when they first opened it (the read receipt); on theirs, when staff did',
    ),
    attachments: z.array(
      messageFileSchema.extend({
        applicantDownloadedAt: z.iso
          .datetime()
          .nullable()
          .describe('When the applicant first downloaded a file staff sent; null until then and for their own files'),
      }),
    ),
  })
  .meta({ id: 'StaffCaseMessage' });
const staffThreadSchema = z.object({ items: z.array(staffMessageSchema) }).meta({ id: 'StaffMessageThread' });

type Row = {
  id: string;
  direction: 'to_applicant' | 'from_applicant';
  body: string;
  authorName: string | null;
  readAt: Date | null;
  createdAt: Date;
  attachments: { id: string; fileName: string; contentType: string; applicantDownloadedAt: Date | null }[];
};
const messageOf = (row: Row) => ({
  ...row,
  readAt: row.readAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});
const thread = (rows: Row[]) => ({
  items: rows.map((row) => ({
    ...messageOf(row),
    attachments: row.attachments.map(({ applicantDownloadedAt: _, ...file }) => file),
  })),
});
const staffThread = (rows: Row[]) => ({
  items: rows.map((row) => ({
    ...messageOf(row),
    attachments: row.attachments.map((file) => ({
      ...file,
      applicantDownloadedAt: file.applicantDownloadedAt?.toISOString() ?? null,
    })),
  })),
});

export const messagesRoutes: FastifyPluginAsyncZod<{ service: MessagesService }> = async (app, { service }) => {
  app.get('/applicant/cases/:caseId/messages', {
    preHandler: app.requireApplicant,
    schema: {
      operationId: 'listMyCaseMessages',
      tags: ['messages'],
      summary: "My case's messages, oldest first; opening them marks the caseworker's messages read",
      params: caseParams,
      response: { 200: threadSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) => thread(await service.listForApplicant(applicantOf(request), request.params.caseId)),
  });

  app.post('/applicant/cases/:caseId/messages', {
    preHandler: app.requireApplicant,
    schema: {
      operationId: 'sendMyCaseMessage',
      tags: ['messages'],
      summary: 'Write to the caseworker about my case, optionally with files sent to the case',
      params: caseParams,
      body: replyBody,
      response: { 201: sentSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      const { body, attachmentIds } = request.body;
      const sent = await service.sendFromApplicant(applicantOf(request), request.params.caseId, body, attachmentIds);
      return reply.status(201).send(sent);
    },
  });

  app.get('/staff/cases/:caseId/messages', {
    preHandler: app.requireStaff,
    schema: {
      operationId: 'listCaseMessages',
      tags: ['messages'],
      summary:
        "The case's message thread with read and download receipts (the read is audit-logged); marks the applicant's messages read",
      params: caseParams,
      response: { 200: staffThreadSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request) =>
      staffThread(await service.listForStaff(staffOf(request), request.params.caseId, request.id)),
  });

  app.post('/staff/cases/:caseId/messages', {
    preHandler: app.requireStaff,
    schema: {
      operationId: 'sendCaseMessage',
      tags: ['messages'],
      summary: 'Send a secure message to the applicant of the case, optionally with documents of the case',
      params: caseParams,
      body: staffMessageBody,
      response: { 201: sentSchema, ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) => {
      const { body, attachmentIds } = request.body;
      const sent = await service.sendFromStaff(
        staffOf(request),
        request.params.caseId,
        body,
        request.id,
        attachmentIds,
      );
      return reply.status(201).send(sent);
    },
  });
};
