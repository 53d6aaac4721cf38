import { caseChannels, caseStatuses } from '../../db/schema/index.js';
import { z } from 'zod';
import { STAFF_SETTABLE_STATUSES } from '../../lib/case-lifecycle.js';
import { caseEventTypeSchema } from '../../lib/http-schemas.js';

/** Where a reader of the change feed has got to: the last change's transaction id and sequence number. */
export interface ChangePosition {
  xid: string;
  seq: number;
}

const positionPattern = /^(\d{1,20})\.(\d{1,19})$/;

/** Opaque to clients: base64url of `<xid>.<seq>`, so the encoding may change without breaking them. */
export const encodeCursor = (position: ChangePosition) =>
  Buffer.from(`${position.xid}.${position.seq}`).toString('base64url');

export function decodeCursor(cursor: string): ChangePosition | null {
  const match = positionPattern.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) return null;
  const seq = Number(match[2]);
  return Number.isSafeInteger(seq) ? { xid: match[1]!, seq } : null;
}

export const caseParams = z.object({ caseId: z.uuid().describe("The case's id") });
export const attachmentParams = caseParams.extend({ attachmentId: z.uuid().describe("The file's id") });

export const MAX_PAGE_SIZE = 200;

export const listCasesQuery = z.object({
  cursor: z
    .string()
    .max(200)
    .refine((value) => decodeCursor(value) !== null, 'Not a cursor from this API')
    .optional()
    .describe('`nextCursor` of the previous page; leave out to start from the beginning')
    .meta({ examples: ['MTIzNDUuNjc'] }),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50).describe(`Page size, at most ${MAX_PAGE_SIZE}`),
});

const timestamp = z.iso.datetime({ offset: true });

export const integrationCaseSummarySchema = z
  .object({
    id: z.uuid(),
    caseNumber: z.string().describe('The e-service\'s case number, e.g. "2026-000123"'),
    status: z.enum(caseStatuses),
    submittedAt: timestamp,
    changedAt: timestamp.describe('When the case last changed in a way that put it in the feed again'),
    formId: z.string().describe('The form the answers follow, e.g. "manadsansokan"'),
    formVersion: z.number().int(),
    channel: z.enum(caseChannels).describe('web: submitted in the e-service; paper/phone: registered by staff'),
    externalCaseNumber: z.string().nullable().describe("The case's number in the municipality's case system"),
    takenOverAt: timestamp.nullable().describe('When the case system (or a caseworker) took the case over'),
  })
  .meta({
    id: 'IntegrationCaseSummary',
    examples: [
      {
        id: '6f1d3c9e-6a51-4a53-9a1f-0d4f5a0e8b21',
        caseNumber: '2026-000123',
        status: 'submitted',
        submittedAt: '2026-11-02T08:15:00.000Z',
        changedAt: '2026-11-02T08:15:00.000Z',
        formId: 'manadsansokan',
        formVersion: 2,
        channel: 'web',
        externalCaseNumber: null,
        takenOverAt: null,
      },
    ],
  });

export const integrationCasePageSchema = z
  .object({
    items: z.array(integrationCaseSummarySchema).describe('Oldest change first'),
    nextCursor: z
      .string()
      .nullable()
      .describe(
        'Pass as `cursor` to continue; null only when nothing has been read yet. Poll with it for new changes.',
      ),
    hasMore: z.boolean().describe('True when the page was full, so the next page may be fetched at once'),
  })
  .meta({ id: 'IntegrationCasePage' });

const person = z.object({ name: z.string(), personnummer: z.string().nullable().describe('12 digits') });

export const integrationCaseSchema = integrationCaseSummarySchema
  .extend({
    period: z.string().describe('The month applied for, YYYY-MM'),
    answers: z.record(z.string(), z.unknown()).describe('The answers as the form version defines them'),
    household: z.object({
      applicant: person,
      coApplicant: person.nullable(),
      children: z.array(person),
    }),
    decision: z
      .record(z.string(), z.unknown())
      .nullable()
      .describe(
        'The recorded decision, null until decided: `source` (staff or case-system), outcome, amount, motivation, ' +
          '`period` and `letterDocumentId` of a case-system decision, the calculation of a staff decision',
      ),
    calculatedNorm: z
      .record(z.string(), z.unknown())
      .nullable()
      .describe(
        "The decision's norm calculation (riksnorm, costs, incomes, result); null until decided and for a decision " +
          'the case system recorded',
      ),
    events: z.array(z.object({ type: caseEventTypeSchema, at: timestamp })),
    attachments: z.array(
      z.object({
        id: z.uuid(),
        fileName: z.string(),
        contentType: z.string(),
        sizeBytes: z.number().int(),
        category: z.string().nullable(),
        uploadedAt: timestamp,
      }),
    ),
  })
  .meta({ id: 'IntegrationCase' });

export const acknowledgementSchema = z.object({ id: z.uuid(), takenOverAt: timestamp }).meta({
  id: 'IntegrationAcknowledgement',
  examples: [{ id: '6f1d3c9e-6a51-4a53-9a1f-0d4f5a0e8b21', takenOverAt: '2026-11-02T09:00:00.000Z' }],
});

export const externalCaseNumberBody = z
  .object({
    externalCaseNumber: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .describe("The case's number in the municipality's case system"),
  })
  .meta({ examples: [{ externalCaseNumber: 'IFO-2026-4711' }] });

export const externalCaseNumberResponse = z
  .object({ id: z.uuid(), externalCaseNumber: z.string() })
  .meta({ id: 'IntegrationExternalCaseNumber' });

export const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,100}$/)
    .optional()
    .describe(
      'A random value made once per write, e.g. a UUID: a retry with the same key and body gets the first answer ' +
        '(with `Idempotent-Replayed: true`); the same key with another body or case is refused with 422 ' +
        '`idempotency-key-reused`. Keys are kept per client.',
    )
    .meta({ examples: ['3b2f9c1e-8d7a-4c55-b1f0-2a9e6d4c7b10'] }),
});

export const statusChangeBody = z
  .object({
    status: z
      .enum(STAFF_SETTABLE_STATUSES)
      .describe(
        'The new status, along the same lifecycle as for caseworkers. A decision is recorded, not set as a ' +
          'status, and awaiting_supplement comes with a supplement request, so neither can be set here.',
      ),
    notifyApplicant: z
      .boolean()
      .default(true)
      .describe('False to change the status without telling the applicant (caseworkers are still told)'),
  })
  .meta({ examples: [{ status: 'in_progress' }, { status: 'closed', notifyApplicant: false }] });

export const statusChangeResponse = z.object({ id: z.uuid(), status: z.enum(caseStatuses) }).meta({
  id: 'IntegrationCaseStatus',
  examples: [{ id: '6f1d3c9e-6a51-4a53-9a1f-0d4f5a0e8b21', status: 'in_progress' }],
});

export const MAX_MESSAGE_LENGTH = 5000;
/** As many as a caseworker may send with one message. */
export const MAX_MESSAGE_ATTACHMENTS = 10;

export const messageBody = z
  .object({
    body: z
      .string()
      .trim()
      .min(1)
      .max(MAX_MESSAGE_LENGTH)
      .describe(
        'Plain text; the applicant reads it in the e-service and is told of it by e-mail/SMS without its content',
      ),
    attachmentIds: z
      .array(z.uuid())
      .max(MAX_MESSAGE_ATTACHMENTS)
      .default([])
      .describe(
        'Documents of the case (uploaded with v1UploadCaseDocuments, or by a caseworker) to send with the message; ' +
          'the applicant opens them from it. Each document goes with one message only.',
      ),
  })
  .meta({
    examples: [
      { body: 'Hej! Vi behöver ett kontoutdrag för oktober för att kunna fatta beslut.' },
      { body: 'Här är en kopia av beslutet.', attachmentIds: ['9a7b6c5d-4e3f-4a1b-8c2d-1e0f9a8b7c6d'] },
    ],
  });

export const sentMessageSchema = z.object({ id: z.uuid(), caseId: z.uuid(), createdAt: timestamp }).meta({
  id: 'IntegrationSentMessage',
  examples: [
    {
      id: '0c8e4f7a-2d1b-4e9a-8f3c-5b6a7d8e9f01',
      caseId: '6f1d3c9e-6a51-4a53-9a1f-0d4f5a0e8b21',
      createdAt: '2026-11-03T10:30:00.000Z',
    },
  ],
});
