import { z } from 'zod';
import { submitApplicationBody, submittedSchema } from '../applications/applications.schemas.js';
import type { ManualCaseApplicant } from './manual-cases.repository.js';

export const manualChannels = ['paper', 'phone'] as const;

export const applicantSearchBody = z.object({
  personnummer: z
    .string()
    .min(10)
    .max(13)
    .describe('Personnummer or samordningsnummer in any usual form; sent in the body to keep it out of URLs and logs'),
});

export const manualCaseApplicantSchema = z
  .object({
    id: z.uuid(),
    personnummer: z.string().describe('12 digits'),
    name: z.string(),
    deactivated: z.boolean().describe('The account cannot log in; cases can still be registered for it'),
  })
  .meta({ id: 'ManualCaseApplicant' });

export const registerManualCaseBody = submitApplicationBody.omit({ signatureId: true }).extend({
  applicantId: z.uuid(),
  channel: z.enum(manualChannels).describe('How the application came in'),
});

export const registeredCaseSchema = submittedSchema;

export const toManualCaseApplicant = (row: ManualCaseApplicant): z.input<typeof manualCaseApplicantSchema> => ({
  id: row.id,
  personnummer: row.personnummer,
  name: `${row.givenName} ${row.familyName}`,
  deactivated: row.deactivatedAt !== null,
});
