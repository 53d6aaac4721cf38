import { z } from 'zod';
import { attachmentSchema, receiptCategorySchema, requirementIdSchema } from '../attachments/attachments.schemas.js';

const localizedSchema = z.object({ sv: z.string(), en: z.string() });

const checklistItemSchema = z
  .object({
    id: requirementIdSchema,
    category: receiptCategorySchema,
    label: localizedSchema,
    reason: localizedSchema,
    person: z.enum(['applicant', 'co_applicant', 'child']).optional(),
    path: z.string().optional().describe('The answer that asks for the receipt'),
    status: z.enum(['attached', 'send_later', 'missing']),
    sendLater: z.boolean().describe('Marked "I will send this later" (kept even when a file is attached)'),
    attachments: z.array(attachmentSchema),
  })
  .meta({ id: 'ChecklistItem' });

export const checklistSchema = z
  .object({
    items: z.array(checklistItemSchema),
    unmatched: z.array(attachmentSchema).describe('Files that count for no requirement'),
  })
  .meta({ id: 'ReceiptChecklist' });

export const sendLaterBody = z.object({ sendLater: z.boolean() });
