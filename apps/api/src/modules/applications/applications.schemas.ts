import { z } from 'zod';
import { caseStatuses } from '../../db/schema/index.js';

export const caseStatusSchema = z.enum(caseStatuses).meta({ id: 'CaseStatus' });

export const submitApplicationBody = z.object({
  formId: z.string().min(1).max(100),
  formVersion: z.number().int().min(1),
  data: z.record(z.string(), z.unknown()).describe('Answers, validated by the form version in @ebistans/schema'),
  signatureId: z
    .uuid()
    .optional()
    .describe('A completed BankID signing of exactly these answers; required after a BankID login'),
});

export const myCaseSummarySchema = z
  .object({
    id: z.uuid(),
    caseNumber: z.string(),
    formId: z.string(),
    formVersion: z.number().int(),
    period: z.string(),
    status: caseStatusSchema,
    submittedAt: z.iso.datetime(),
  })
  .meta({ id: 'MyCaseSummary' });

export const myCaseListItemSchema = myCaseSummarySchema
  .extend({ unreadMessages: z.number().int().describe('Messages from the caseworkers not yet opened') })
  .meta({ id: 'MyCaseListItem' });

export const myCaseSchema = myCaseSummarySchema
  .extend({
    data: z.record(z.string(), z.unknown()),
    externalCaseNumber: z.string().nullable().describe("The case's number in the municipality's case system"),
  })
  .meta({ id: 'MyCase' });

export const submittedSchema = z
  .object({ id: z.uuid(), caseNumber: z.string(), status: caseStatusSchema, submittedAt: z.iso.datetime() })
  .meta({ id: 'SubmittedApplication' });
