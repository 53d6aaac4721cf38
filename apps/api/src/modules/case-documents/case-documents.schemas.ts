import { z } from 'zod';
import { receiptCategorySchema } from '../attachments/attachments.schemas.js';
import type { CaseDocumentRow } from './case-documents.repository.js';

/** What staff file besides receipts: any document of the case, or the scanned paper of a manual case. */
export const STAFF_DOCUMENT_CATEGORIES = ['document', 'scanned_application'] as const;
export type StaffDocumentCategory = (typeof STAFF_DOCUMENT_CATEGORIES)[number] | z.infer<typeof receiptCategorySchema>;

export const caseDocumentSchema = z
  .object({
    id: z.uuid(),
    category: z.string().nullable().describe('A ReceiptCategory, `document` or `scanned_application`'),
    requirementId: z.string().nullable().describe('The checklist requirement the applicant uploaded the file for'),
    messageId: z.uuid().nullable().describe('The message the file was sent with, if any'),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    uploadedBy: z.object({
      kind: z.enum(['applicant', 'staff', 'integration']),
      name: z.string().nullable().describe("The applicant's or staff member's name"),
    }),
    applicantDownloadedAt: z.iso
      .datetime()
      .nullable()
      .describe('When the applicant first downloaded a file staff sent with a message; null until then'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'CaseDocument' });

export const caseDocumentListSchema = z.object({ items: z.array(caseDocumentSchema) }).meta({ id: 'CaseDocuments' });

export const documentUploadBodySchema = z.object({
  category: z
    .union([z.enum(STAFF_DOCUMENT_CATEGORIES), receiptCategorySchema])
    .optional()
    .describe('Sent before the files it applies to; `document` when left out'),
  file: z.array(z.string().meta({ format: 'binary' })).describe('One or more files: PDF, JPEG, PNG or HEIC/HEIF'),
});

export const toCaseDocument = ({
  uploadedByKind,
  uploadedByName,
  applicantDownloadedAt,
  createdAt,
  ...row
}: CaseDocumentRow): z.input<typeof caseDocumentSchema> => ({
  ...row,
  uploadedBy: { kind: uploadedByKind, name: uploadedByName },
  applicantDownloadedAt: applicantDownloadedAt?.toISOString() ?? null,
  createdAt: createdAt.toISOString(),
});
