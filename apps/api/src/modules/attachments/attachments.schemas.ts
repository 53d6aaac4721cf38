import { RECEIPT_CATEGORIES, type ReceiptCategory } from '@ebistans/schema';
import { z } from 'zod';
import type { AttachmentRow } from './attachments.repository.js';
import { ACCEPTED_CONTENT_TYPES } from '../../lib/uploads/sniff-content-type.js';

export const receiptCategorySchema = z
  .enum(Object.keys(RECEIPT_CATEGORIES) as [ReceiptCategory, ...ReceiptCategory[]])
  .meta({ id: 'ReceiptCategory' });

/** Checklist requirement ids as `requiredReceipts` makes them, e.g. `salary_slip:co_applicant`, `cost_invoice:costs.2`. */
export const requirementIdSchema = z
  .string()
  .regex(/^[a-z_]{1,50}(?::[A-Za-z0-9_.]{1,50})?$/)
  .describe('A checklist requirement id');

export const attachmentSchema = z
  .object({
    id: z.uuid(),
    category: z.string().nullable().describe('A ReceiptCategory'),
    requirementId: z.string().nullable().describe('The checklist requirement the file was uploaded for'),
    fileName: z.string(),
    contentType: z.string().describe('Sniffed from the bytes: ' + ACCEPTED_CONTENT_TYPES.join(', ')),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Attachment' });

/** An attachment row as the API shows it. */
export const toAttachmentResponse = (row: AttachmentRow): z.input<typeof attachmentSchema> => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

export const attachmentListSchema = z.object({ items: z.array(attachmentSchema) });

/** Only documents the multipart body in the OpenAPI document; the handler streams the parts itself. */
export const uploadBodySchema = z.object({
  category: receiptCategorySchema.describe('Sent before the files it applies to'),
  requirementId: requirementIdSchema.optional().describe('The checklist requirement the files fulfil'),
  file: z.array(z.string().meta({ format: 'binary' })).describe('One or more files: PDF, JPEG, PNG or HEIC/HEIF'),
});

export const fileContentResponse = z
  .any()
  .describe('The file as uploaded, with its sniffed content type, as an attachment download');
