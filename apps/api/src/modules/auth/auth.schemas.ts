import { personnummerSchema } from '@ebistans/schema';
import { z } from 'zod';

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
  })
  .meta({ id: 'Me' });
