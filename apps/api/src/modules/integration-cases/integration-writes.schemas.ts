import { z } from 'zod';
import { decisionOutcomeSchema, hindrancesSchema } from '../decisions/decisions.schemas.js';

const timestamp = z.iso.datetime({ offset: true });
const exampleCaseId = '6f1d3c9e-6a51-4a53-9a1f-0d4f5a0e8b21';
const exampleDocumentId = '9a7b6c5d-4e3f-4a1b-8c2d-1e0f9a8b7c6d';

/** Documents the multipart parts only: the handler streams them itself. */
export const documentUploadBody = z.object({
  file: z
    .array(z.string().meta({ format: 'binary' }))
    .describe('One or more files (at most 10): PDF, JPEG, PNG or HEIC/HEIF, each within the size limit'),
});

export const uploadedDocumentsSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid().describe("The document's id: for `documentId` of a decision or `attachmentIds` of a message"),
        fileName: z.string(),
        contentType: z.string().describe('Sniffed from the bytes, never taken from the request'),
        sizeBytes: z.number().int(),
      }),
    ),
  })
  .meta({
    id: 'IntegrationUploadedDocuments',
    examples: [
      {
        items: [
          {
            id: exampleDocumentId,
            fileName: 'beslut-IFO-2026-4711.pdf',
            contentType: 'application/pdf',
            sizeBytes: 48213,
          },
        ],
      },
    ],
  });

const isoDate = z.iso.date();

export const decisionBody = z
  .object({
    outcome: decisionOutcomeSchema,
    amount: z
      .number()
      .int()
      .min(0)
      .max(10_000_000)
      .nullable()
      .describe('Kronor granted, more than 0: required for bifall and delavslag, null for avslag and avvisning'),
    period: z
      .object({ from: isoDate.describe('First day, YYYY-MM-DD'), to: isoDate.describe('Last day, YYYY-MM-DD') })
      .refine((period) => period.from <= period.to, {
        path: ['to'],
        message: 'Periodens sista dag kan inte vara före den första.',
      })
      .describe('The days the decision covers'),
    hindrances: hindrancesSchema.default({}),
    motivation: z
      .string()
      .trim()
      .max(4000)
      .nullable()
      .default(null)
      .describe('Required unless bifall; shown to the applicant with the decision'),
    documentId: z
      .uuid()
      .describe('The decision letter: a PDF uploaded to this case with v1UploadCaseDocuments, given to the applicant'),
    notifyApplicant: z
      .boolean()
      .default(true)
      .describe('False to record the decision without telling the applicant by e-mail/SMS'),
  })
  .meta({
    id: 'IntegrationDecisionRequest',
    examples: [
      {
        outcome: 'bifall',
        amount: 9150,
        period: { from: '2026-11-01', to: '2026-11-30' },
        hindrances: { applicant: 'unemployed_no_benefit' },
        motivation: null,
        documentId: exampleDocumentId,
      },
      {
        outcome: 'avslag',
        amount: null,
        period: { from: '2026-11-01', to: '2026-11-30' },
        hindrances: {},
        motivation: 'Hushållets inkomster överstiger riksnormen och skäliga kostnader.',
        documentId: exampleDocumentId,
        notifyApplicant: false,
      },
    ],
  });

export type IntegrationDecisionBody = z.infer<typeof decisionBody>;

export const recordedDecisionResponse = z
  .object({ id: z.uuid().describe("The case's id"), status: z.literal('decided'), decidedAt: timestamp })
  .meta({
    id: 'IntegrationRecordedDecision',
    examples: [{ id: exampleCaseId, status: 'decided', decidedAt: '2026-11-05T13:00:00.000Z' }],
  });
