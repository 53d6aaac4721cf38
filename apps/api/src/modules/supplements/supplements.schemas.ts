import { z } from 'zod';
import { isReceiptCategory } from '@ebistans/schema';

export const supplementRequestBody = z.object({
  message: z.string().trim().min(1).max(4000).describe('What is asked, in words the applicant reads'),
  dueDate: z.iso.date().describe('The last day to answer'),
  receiptCategories: z
    .array(z.string().refine(isReceiptCategory, { message: 'Unknown receipt category' }))
    .max(30)
    .default([]),
});

export const supplementRequestSchema = z
  .object({
    id: z.uuid(),
    message: z.string(),
    dueDate: z.iso.date(),
    receiptCategories: z.array(z.string()),
    answeredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'SupplementRequest' });

export const supplementBody = z.object({
  formVersion: z.number().int().min(1).describe('Version of the `komplettering` form'),
  data: z.record(z.string(), z.unknown()).describe('Answers, validated by the komplettering form'),
  requestId: z.uuid().optional().describe('The request it answers, if any'),
});

export const supplementSchema = z
  .object({
    id: z.uuid(),
    requestId: z.uuid().nullable(),
    formId: z.string(),
    formVersion: z.number().int(),
    data: z.record(z.string(), z.unknown()),
    submittedAt: z.iso.datetime(),
  })
  .meta({ id: 'Supplement' });

export const supplementsOfCaseSchema = z
  .object({ requests: z.array(supplementRequestSchema), supplements: z.array(supplementSchema) })
  .meta({ id: 'SupplementsOfCase' });

export const caseParams = z.object({ caseId: z.uuid() });

type RequestRow = {
  id: string;
  message: string;
  dueDate: string;
  receiptCategories: string[];
  answeredAt: Date | null;
  createdAt: Date;
};
type SupplementRow = {
  id: string;
  requestId: string | null;
  formId: string;
  formVersion: number;
  data: Record<string, unknown>;
  submittedAt: Date;
};

export const requestOut = (row: RequestRow) => ({
  id: row.id,
  message: row.message,
  dueDate: row.dueDate,
  receiptCategories: row.receiptCategories,
  answeredAt: row.answeredAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

export const supplementOut = (row: SupplementRow) => ({
  id: row.id,
  requestId: row.requestId,
  formId: row.formId,
  formVersion: row.formVersion,
  data: row.data,
  submittedAt: row.submittedAt.toISOString(),
});
