import { z } from 'zod';
import { STAFF_SETTABLE_STATUSES } from '../../lib/case-lifecycle.js';
import { caseStatusSchema } from '../applications/applications.schemas.js';
import { caseColourSchema } from '../inbox/inbox.schemas.js';

export const caseParams = z.object({ caseId: z.uuid() });

export const statusChangeBody = z.object({
  status: z.enum(STAFF_SETTABLE_STATUSES),
  comment: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .optional()
    .describe('Why; in the case history, not shown to the applicant'),
});

export const statusSchema = z.object({ status: caseStatusSchema }).meta({ id: 'CaseStatusChanged' });

export const colourBody = z.object({ colour: caseColourSchema.nullable().describe('null removes the label') });

export const externalCaseNumberBody = z.object({
  externalCaseNumber: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .nullable()
    .describe("The case's number in the municipality's case system; null removes it"),
});
