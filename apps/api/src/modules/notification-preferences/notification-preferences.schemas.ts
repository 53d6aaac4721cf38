import { emailSchema, phoneSchema } from '@ebistans/schema';
import { z } from 'zod';

/**
 * A Swedish mobile number as people type it ("070-123 45 67", "+46 70 123 45 67", "0046701234567") as
 * +467…, or a number already in E.164 with another country code; null when it is not one. The number also
 * receives the one-time login codes, so only what the SMS gateway can send to is accepted.
 */
export function normalizedMobile(value: string): string | null {
  const compact = value.replace(/[\s\-().]/g, '');
  if (/^\+[1-9]\d{6,14}$/.test(compact) && !compact.startsWith('+46')) return compact;
  const national = compact.replace(/^(?:\+46|0046)/, '').replace(/^0/, '');
  return /^7\d{8}$/.test(national) ? `+46${national}` : null;
}

const mobileSchema = phoneSchema
  .refine((value) => normalizedMobile(value) !== null, { message: 'phone_invalid' })
  .describe('A Swedish mobile number in any usual form, stored as +46…; it also receives the login codes');


export const notificationLanguageSchema = z.enum(['sv', 'en']);

export const notificationPreferencesSchema = z
  .object({
    email: z.string().nullable(),
    mobile: z.string().nullable(),
    notifyByEmail: z.boolean(),
    notifyBySms: z.boolean(),
    language: notificationLanguageSchema.describe('The language of my e-mails and text messages'),
    protectedIdentity: z
      .boolean()
      .describe('With a protected identity nothing is sent until I confirm my channels (confirmedAt)'),
    confirmedAt: z.iso
      .datetime()
      .nullable()
      .describe('When I, with a protected identity, confirmed that e-mail and SMS may be sent to me'),
    municipalityOffers: z
      .object({ email: z.boolean(), sms: z.boolean() })
      .describe('Whether the municipality sends anything at all on the channel'),
  })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const notificationPreferencesUpdateSchema = z
  .object({
    email: z
      .union([z.literal(''), emailSchema])
      .nullable()
      .describe('Null or empty for none'),
    mobile: z
      .union([z.literal(''), mobileSchema])
      .nullable()
      .describe('Null or empty for none'),
    notifyByEmail: z.boolean(),
    notifyBySms: z.boolean(),
    language: notificationLanguageSchema,
    confirmProtectedIdentity: z
      .boolean()
      .default(false)
      .describe('With a protected identity: I understand that others may see e-mail and SMS, send them to me anyway'),
  })
  .meta({ id: 'NotificationPreferencesUpdate' });
export type NotificationPreferencesUpdate = z.infer<typeof notificationPreferencesUpdateSchema>;
