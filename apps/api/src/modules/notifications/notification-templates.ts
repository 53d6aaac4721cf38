import { z } from 'zod';
import { applicantKeyOf, applicantKeys, objectOf, staffKeyOf, staffKeys } from './notification-settings.js';
import {
  applicantEvents,
  applicantTemplates,
  staffEvents,
  staffTemplates,
  type ApplicantEvent,
  type StaffEvent,
} from './templates/index.js';
import type { NotificationLanguage } from './templates/template.js';

/**
 * A municipality's own wording of its notifications, kept in `settings.notifications.templates`: per
 * event and language, optionally. The texts may name only the municipality and the link, as placeholders,
 * and no digits at all, so that no personnummer, amount or case number can be written into them.
 */

export const notificationLanguages = ['sv', 'en'] as const satisfies readonly NotificationLanguage[];

const MUNICIPALITY = '{kommun}';
const LINK = '{länk}';

/** One SMS part: 160 characters of the GSM alphabet, which has å, ä and ö. */
export const SMS_MAX_LENGTH = 160;

function templateText(max: number, { link }: { link: boolean }) {
  return z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .max(max, { message: 'text_too_long' })
    .refine((value) => !/[{}]/.test(value.replaceAll(MUNICIPALITY, '').replaceAll(LINK, '')), {
      message: 'template_placeholder_unknown',
    })
    .refine((value) => !/\d/.test(value), { message: 'template_digits' })
    .refine((value) => !link || value.includes(LINK), { message: 'template_link_missing' });
}

const subject = templateText(150, { link: false });
const text = templateText(2000, { link: true });
const applicantOverride = z.object({ subject, text, sms: templateText(SMS_MAX_LENGTH, { link: true }) });
const staffOverride = z.object({ subject, text });

const perLanguage = <S extends z.ZodType>(schema: S) => z.object({ sv: schema.optional(), en: schema.optional() });

/** What the admin saves: only the events and languages given their own text; the rest use the built-in one. */
export const notificationTemplatesInputSchema = z.object({
  applicant: objectOf(applicantKeys, perLanguage(applicantOverride).optional()).describe(
    'Per applicant event and language, the e-mail subject, e-mail text and SMS; {kommun} and {länk} are filled in',
  ),
  staff: objectOf(staffKeys, perLanguage(staffOverride).optional()).describe(
    'Per staff event and language, the e-mail subject and text; {länk} is the link to the case',
  ),
});

export type NotificationTemplatesInput = z.infer<typeof notificationTemplatesInputSchema>;

const applicantTexts = z.object({ subject: z.string(), text: z.string(), sms: z.string() });
const staffTexts = z.object({ subject: z.string(), text: z.string() });
const choice = <S extends z.ZodType>(texts: S) =>
  z.object({
    standard: texts.describe('The built-in text, with the placeholders'),
    custom: texts.nullable().describe("The municipality's own text; null when the built-in one is used"),
  });

/** Every event and language, with the built-in text beside the municipality's own, as the admin page shows them. */
export const notificationTemplatesSchema = z.object({
  applicant: objectOf(applicantKeys, z.object({ sv: choice(applicantTexts), en: choice(applicantTexts) })),
  staff: objectOf(staffKeys, z.object({ sv: choice(staffTexts), en: choice(staffTexts) })),
});

export type NotificationTemplates = z.infer<typeof notificationTemplatesSchema>;

const at = (value: unknown, path: readonly string[]) =>
  path.reduce<unknown>(
    (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    value,
  );

/** A stored text is used only if it still passes the checks; otherwise the built-in one is, so nothing leaks. */
function storedOverride<S extends z.ZodType>(
  municipalitySettings: unknown,
  side: 'applicant' | 'staff',
  key: string,
  language: NotificationLanguage,
  schema: S,
): z.infer<S> | undefined {
  const parsed = schema.safeParse(at(municipalitySettings, ['notifications', 'templates', side, key, language]));
  return parsed.success ? parsed.data : undefined;
}

// A function replacer, so a `$` in a name or link is not read as a replacement pattern.
const fill = (template: string, municipalityName: string, link: string) =>
  template.replaceAll(MUNICIPALITY, () => municipalityName).replaceAll(LINK, () => link);

/** The municipality's login page in the applicant app, where every applicant notification points. */
export const applicantLoginUrl = (publicUrl: string, municipalitySlug: string) =>
  `${publicUrl}/kommun/${encodeURIComponent(municipalitySlug)}`;

export function applicantNotification(
  municipalitySettings: unknown,
  event: ApplicantEvent,
  language: NotificationLanguage,
  context: { municipalityName: string; loginUrl: string },
) {
  const custom = storedOverride(municipalitySettings, 'applicant', applicantKeyOf[event], language, applicantOverride);
  if (!custom) return applicantTemplates[event][language](context);
  const { municipalityName, loginUrl } = context;
  return {
    subject: fill(custom.subject, municipalityName, loginUrl),
    text: fill(custom.text, municipalityName, loginUrl),
    sms: fill(custom.sms, municipalityName, loginUrl),
  };
}

export function staffNotification(
  municipalitySettings: unknown,
  event: StaffEvent,
  language: NotificationLanguage,
  context: { municipalityName: string; caseUrl: string },
) {
  const custom = storedOverride(municipalitySettings, 'staff', staffKeyOf[event], language, staffOverride);
  if (!custom) return staffTemplates[event][language](context);
  return {
    subject: fill(custom.subject, context.municipalityName, context.caseUrl),
    text: fill(custom.text, context.municipalityName, context.caseUrl),
  };
}

/** The built-in texts and the municipality's own, read leniently from its `settings` column. */
export function readNotificationTemplates(municipalitySettings: unknown): NotificationTemplates {
  const applicant = Object.fromEntries(
    applicantEvents.map((event) => {
      const key = applicantKeyOf[event];
      const languages = notificationLanguages.map((language) => [
        language,
        {
          standard: applicantTemplates[event][language]({ municipalityName: MUNICIPALITY, loginUrl: LINK }),
          custom: storedOverride(municipalitySettings, 'applicant', key, language, applicantOverride) ?? null,
        },
      ]);
      return [key, Object.fromEntries(languages)];
    }),
  ) as NotificationTemplates['applicant'];
  const staff = Object.fromEntries(
    staffEvents.map((event) => {
      const key = staffKeyOf[event];
      const languages = notificationLanguages.map((language) => [
        language,
        {
          standard: staffTemplates[event][language]({ caseUrl: LINK }),
          custom: storedOverride(municipalitySettings, 'staff', key, language, staffOverride) ?? null,
        },
      ]);
      return [key, Object.fromEntries(languages)];
    }),
  ) as NotificationTemplates['staff'];
  return { applicant, staff };
}

/**
 * The SMS as the applicant will get it, with this municipality's name and link, must still fit one part;
 * the field paths match the request body, so the admin page shows the error at the field.
 */
export function smsTooLong(input: NotificationTemplatesInput, municipalityName: string, loginUrl: string) {
  return Object.entries(input.applicant).flatMap(([key, languages]) =>
    notificationLanguages.flatMap((language) => {
      const sms = languages?.[language]?.sms;
      return sms !== undefined && fill(sms, municipalityName, loginUrl).length > SMS_MAX_LENGTH
        ? [`applicant.${key}.${language}.sms`]
        : [];
    }),
  );
}
