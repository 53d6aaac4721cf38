import { emailSchema } from '@ebistans/schema';
import { z } from 'zod';
import type { ApplicantChannel } from './applicant-notifier.js';
import type { ApplicantEvent, StaffEvent } from './templates/index.js';

/**
 * A municipality's notification settings, kept in `municipalities.settings.notifications`: the one place
 * that knows their shape. The admin page writes them strictly; deliveries read them leniently.
 */

/** The key in `settings.notifications.applicant` for each applicant event. */
export const applicantKeyOf = {
  'case-submitted': 'caseSubmitted',
  'status-changed': 'statusChanged',
  'message-from-caseworker': 'messageFromCaseworker',
  'supplement-requested': 'supplementRequested',
  'supplement-reminder': 'supplementReminder',
  'decision-recorded': 'decisionRecorded',
  'case-closed': 'caseClosed',
} as const satisfies Record<ApplicantEvent, string>;

/** The switch in `settings.notifications.staff` for each staff event. */
export const staffKeyOf = {
  'message-from-applicant': 'messageFromApplicant',
  'supplement-submitted': 'supplementSubmitted',
  'case-submitted': 'caseSubmitted',
  assigned: 'assigned',
  'internal-note': 'internalNote',
  'status-changed': 'statusChanged',
  'case-overdue': 'caseOverdue',
  'message-read': 'messageRead',
  'file-downloaded': 'fileDownloaded',
} as const satisfies Record<StaffEvent, string>;

type ApplicantKey = (typeof applicantKeyOf)[ApplicantEvent];
type StaffKey = (typeof staffKeyOf)[StaffEvent];


/** A bare address or one with a display name, `Socialtjänsten <soc@kommun.example>`. */
const fromAddress = z
  .string()
  .max(300, { message: 'email_invalid' })
  .refine(
    (value) => {
      const named = /^[^<>\r\n]+<([^<>\s]+)>$/.exec(value.trim());
      return emailSchema.safeParse(named ? named[1] : value.trim()).success;
    },
    { message: 'email_invalid' },
  );

const channelsSchema = z.object({ email: z.boolean(), sms: z.boolean() });

export function objectOf<K extends string, S extends z.ZodType>(keys: readonly K[], schema: S) {
  return z.object(Object.fromEntries(keys.map((key) => [key, schema])) as Record<K, S>);
}

export const applicantKeys = Object.values(applicantKeyOf);
export const staffKeys = Object.values(staffKeyOf);

/** The settings as the admin API reads and writes them; an unset sender or mailbox is null. */
export const notificationSettingsSchema = z.object({
  emailFrom: fromAddress.nullable().describe("The sender of the municipality's e-mails; null for the service's own"),
  functionMailbox: emailSchema
    .nullable()
    .describe('A shared address (funktionsbrevlåda) told of new cases instead of every caseworker'),
  applicant: objectOf(applicantKeys, channelsSchema).describe('Per applicant event, the channels it is sent on'),
  staff: objectOf(staffKeys, z.boolean()).describe('Per staff event, whether staff are e-mailed'),
});

export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/**
 * Everything is on until the municipality turns it off, except the read and download receipts, which the
 * caseworker sees on the case anyway and which would otherwise mail them for every message they send.
 */
const staffOffByDefault: readonly StaffKey[] = ['messageRead', 'fileDownloaded'];
const defaults: NotificationSettings = {
  emailFrom: null,
  functionMailbox: null,
  applicant: Object.fromEntries(applicantKeys.map((key) => [key, { email: true, sms: true }])) as Record<
    ApplicantKey,
    { email: boolean; sms: boolean }
  >,
  staff: Object.fromEntries(staffKeys.map((key) => [key, !staffOffByDefault.includes(key)])) as Record<
    StaffKey,
    boolean
  >,
};

// Each stored field falls back on its own, so one malformed value neither silences nor re-enables the others.
const lenient = <S extends z.ZodType>(schema: S) => schema.optional().catch(undefined);
const storedSchema = z.object({
  notifications: lenient(
    z.object({
      emailFrom: lenient(fromAddress),
      functionMailbox: lenient(emailSchema),
      applicant: lenient(
        objectOf(applicantKeys, lenient(z.object({ email: lenient(z.boolean()), sms: lenient(z.boolean()) }))),
      ),
      staff: lenient(objectOf(staffKeys, lenient(z.boolean()))),
    }),
  ),
});

/** A municipality's notification settings from its `settings` column, with the defaults where unset or malformed. */
export function readNotificationSettings(municipalitySettings: unknown): NotificationSettings {
  const parsed = storedSchema.safeParse(municipalitySettings);
  const stored = parsed.success ? parsed.data.notifications : undefined;
  return {
    emailFrom: stored?.emailFrom ?? defaults.emailFrom,
    functionMailbox: stored?.functionMailbox ?? defaults.functionMailbox,
    applicant: Object.fromEntries(
      applicantKeys.map((key) => [
        key,
        {
          email: stored?.applicant?.[key]?.email ?? defaults.applicant[key].email,
          sms: stored?.applicant?.[key]?.sms ?? defaults.applicant[key].sms,
        },
      ]),
    ) as NotificationSettings['applicant'],
    staff: Object.fromEntries(
      staffKeys.map((key) => [key, stored?.staff?.[key] ?? defaults.staff[key]]),
    ) as NotificationSettings['staff'],
  };
}

/** What is stored under `settings.notifications`: an unset sender or mailbox is left out, not kept as null. */
export function storedNotificationSettings({ emailFrom, functionMailbox, applicant, staff }: NotificationSettings) {
  return {
    ...(emailFrom ? { emailFrom: emailFrom.trim() } : {}),
    ...(functionMailbox ? { functionMailbox } : {}),
    applicant,
    staff,
  };
}

export function applicantChannelEnabled(
  settings: NotificationSettings,
  event: ApplicantEvent,
  channel: ApplicantChannel,
) {
  return settings.applicant[applicantKeyOf[event]][channel];
}

export function staffEventEnabled(settings: NotificationSettings, event: StaffEvent) {
  return settings.staff[staffKeyOf[event]];
}

/** The channels a municipality uses at all: those any applicant event is sent on. */
export function offeredApplicantChannels(municipalitySettings: unknown) {
  const perEvent = Object.values(readNotificationSettings(municipalitySettings).applicant);
  return { email: perEvent.some((on) => on.email), sms: perEvent.some((on) => on.sms) };
}
