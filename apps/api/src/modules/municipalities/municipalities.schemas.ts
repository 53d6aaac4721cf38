import { z } from 'zod';
import { applicantLoginMethods } from '../../db/schema/index.js';

const localizedSchema = z.object({ sv: z.string().max(500), en: z.string().max(500) });

const sectionText = z.string().min(1).max(4000);

/**
 * The parts of the information that GDPR art. 13 and 14 require, in the order the SPA shows them. Each is
 * plain text; a blank line starts a new paragraph.
 */
const personalDataTextSchema = z
  .object({
    controller: sectionText.describe('Personuppgiftsansvarig'),
    data: sectionText.describe('Which data are processed'),
    purpose: sectionText,
    legalBasis: sectionText,
    sources: sectionText.describe('Data fetched from other authorities (SSBTEK)'),
    secrecy: sectionText,
    retention: sectionText.describe('Gallring'),
    rights: sectionText,
    complaint: sectionText.describe('How to complain to IMY'),
  })
  .meta({ id: 'PersonalDataText' });
export type PersonalDataText = z.infer<typeof personalDataTextSchema>;

const contactSchema = z
  .object({
    unit: localizedSchema.optional().describe('Who answers, e.g. "Socialtjänstens mottagning"'),
    phone: z.string().max(50).optional(),
    email: z.string().max(200).optional(),
    website: z.string().max(500).optional(),
    address: z.string().max(500).optional(),
    openingHours: localizedSchema.optional(),
  })
  .meta({ id: 'MunicipalityContact' });

/**
 * What `municipalities.settings` may hold for the public page. A part that does not fit is left out
 * rather than failing the page. A municipality's own personal-data text replaces the default section by
 * section, so it can change only what differs.
 */
export const publicSettingsSchema = z.object({
  personalData: z
    .object({ sv: personalDataTextSchema.partial().optional(), en: personalDataTextSchema.partial().optional() })
    .optional()
    .catch(undefined),
  contact: contactSchema.optional().catch(undefined),
});

export const municipalityParams = z.object({ slug: z.string().min(1).max(100) });

export const municipalityDetailsSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    loginMethods: z.array(z.enum(applicantLoginMethods)).describe('The login methods applicants may use here'),
    handlingWorkingDays: z
      .number()
      .int()
      .describe('Working days the municipality aims to decide in, counted from a complete application'),
    personalData: z
      .object({ sv: personalDataTextSchema, en: personalDataTextSchema })
      .describe("How the municipality processes applicants' personal data (GDPR art. 13 and 14)"),
    contact: contactSchema.nullable().describe('Where applicants turn with questions; null when not set'),
  })
  .meta({ id: 'MunicipalityDetails' });
