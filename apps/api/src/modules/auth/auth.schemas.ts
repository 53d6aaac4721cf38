import { personnummerSchema } from '@ebistans/schema';
import { z } from 'zod';
import { applicantLoginMethods } from '../../db/schema/index.js';

export const applicantLoginBody = z.object({
  municipality: z.string().min(1).max(100).describe('Municipality slug'),
  personnummer: personnummerSchema,
  password: z.string().min(1, { message: 'required' }).max(200),
});

export const staffLoginBody = z.object({
  username: z.string().min(1, { message: 'required' }).max(100),
  password: z.string().min(1, { message: 'required' }).max(200),
});

export const challengeSchema = z
  .object({
    challengeId: z.uuid(),
    channel: z.enum(['sms']),
    maskedDestination: z.string().describe('Enough of the phone number for the user to recognise it'),
  })
  .meta({ id: 'LoginChallenge' });

export const codeListChallengeSchema = z
  .object({
    challengeId: z.uuid(),
    codeNumber: z
      .number()
      .int()
      .describe('Which code of the printed list to enter: "Ange kod nummer 17 från din kodlista"'),
  })
  .meta({ id: 'CodeListChallenge' });

/** Staff get the SMS challenge, or the code-list one when an admin has issued them a printed list. */
export const staffChallengeSchema = z
  .discriminatedUnion('channel', [
    challengeSchema,
    codeListChallengeSchema.extend({ channel: z.literal('code_list') }).meta({ id: 'StaffCodeListChallenge' }),
  ])
  .meta({ id: 'StaffLoginChallenge' });

export const verifyBody = z.object({
  challengeId: z.uuid(),
  code: z.string().regex(/^\d{6}$/, { message: 'code_invalid' }),
});

const municipalityRef = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });

export const meSchema = z
  .object({
    kind: z.enum(['applicant', 'staff']),
    id: z.uuid(),
    displayName: z.string(),
    role: z.enum(['applicant', 'caseworker', 'assistant', 'admin', 'operator']),
    municipality: municipalityRef.nullable(),
    loginMethod: z
      .enum(applicantLoginMethods)
      .nullable()
      .describe('How an applicant logged in (BankID logins sign the application with BankID); null for staff'),
    testMode: z
      .boolean()
      .describe("A caseworker's test applicant (POST /staff/test-mode): what it submits are test cases"),
  })
  .meta({ id: 'Me' });

export const sessionExpirySchema = z
  .object({
    expiresAt: z.iso.datetime().describe('When the session ends unless something is done before'),
    expiresInSeconds: z.number().int().describe("The same as seconds from now, independent of the browser's clock"),
  })
  .meta({ id: 'SessionExpiry' });
