import { z } from 'zod';
import { emailSchema, personnummerSchema, phoneSchema } from '@ebistans/schema';
import { caseStatusSchema } from '../applications/applications.schemas.js';

export const applicantParams = z.object({ applicantId: z.uuid() });
export const staffParams = z.object({ staffId: z.uuid() });

export const loginCodeListSchema = z
  .object({
    listId: z.uuid(),
    issuedAt: z.iso.datetime(),
    codes: z
      .array(z.object({ number: z.number().int(), code: z.string().regex(/^\d{6}$/) }))
      .describe('Shown this once, to print; the previous list of the applicant stops working'),
  })
  .meta({ id: 'LoginCodeList' });

export const applicantSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .default('')
    .describe('A personnummer or samordningsnummer in any usual form, or the start of given and family names'),
  page: z.coerce.number().int().min(1).max(400).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ApplicantSearchQuery = z.infer<typeof applicantSearchQuery>;

const applicantSummarySchema = z
  .object({
    id: z.uuid(),
    personnummer: z.string().describe('12 digits'),
    givenName: z.string(),
    familyName: z.string(),
    deactivated: z.boolean(),
  })
  .meta({ id: 'ApplicantSummary' });

export const applicantPageSchema = z
  .object({
    items: z.array(applicantSummarySchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'ApplicantPage' });

export const applicantDetailSchema = z
  .object({
    id: z.uuid(),
    personnummer: z.string().describe('12 digits'),
    givenName: z.string(),
    familyName: z.string(),
    mobile: z.string().nullable(),
    email: z.string().nullable(),
    createdAt: z.iso.datetime(),
    deactivatedAt: z.iso.datetime().nullable(),
    lockedUntil: z.iso.datetime().nullable().describe('Set while failed logins keep the account locked'),
    hasPassword: z.boolean(),
    hasActiveCodeList: z.boolean(),
    cases: z
      .array(
        z.object({
          id: z.uuid(),
          caseNumber: z.string(),
          period: z.string(),
          status: caseStatusSchema,
          submittedAt: z.iso.datetime(),
        }),
      )
      .nullable()
      .describe("The applicant's cases the caller may see, newest first; null for administrators, who handle no cases"),
  })
  .meta({ id: 'ApplicantDetail' });

const requiredText = (max: number) =>
  z.string({ message: 'required' }).trim().min(1, { message: 'required' }).max(max, { message: 'text_too_long' });

/** Field messages are the schema package's codes, which the error handler answers with Swedish text. */
export const newApplicantSchema = z
  .object({
    personnummer: personnummerSchema,
    givenName: requiredText(100),
    familyName: requiredText(100),
    mobile: z
      .union([z.literal(''), phoneSchema])
      .optional()
      .describe('Needed for password + SMS login; without it the applicant logs in with a code list or BankID'),
    email: z
      .union([z.literal(''), emailSchema])
      .optional()
      .describe('Optional'),
  })
  .meta({ id: 'NewApplicant' });
export type NewApplicant = z.infer<typeof newApplicantSchema>;

export const createdApplicantSchema = z
  .object({
    id: z.uuid(),
    initialPassword: z.string().describe('Shown this once; only its hash is stored'),
  })
  .meta({ id: 'CreatedApplicant' });

export const newPasswordSchema = z
  .object({ password: z.string().describe('Shown this once; only its hash is stored') })
  .meta({ id: 'NewApplicantPassword' });
