import { z } from 'zod';

export const failedNotificationSchema = z
  .object({
    id: z.uuid().describe('The job id; the same on every attempt'),
    recipient: z.enum(['applicant', 'staff']),
    event: z.string().describe('The event the notification was about, e.g. status-changed'),
    channel: z.enum(['email', 'sms']),
    caseId: z.uuid(),
    caseNumber: z.string(),
    attempts: z.number().int().min(1),
    error: z.string().nullable().describe('The last error, with e-mail addresses and phone numbers left out'),
    failedAt: z.iso.datetime(),
  })
  .meta({ id: 'FailedNotification' });

export const failedNotificationListSchema = z
  .object({ items: z.array(failedNotificationSchema) })
  .meta({ id: 'FailedNotificationList' });

export const failedNotificationParams = z.object({ jobId: z.uuid() });

export type FailedNotification = z.infer<typeof failedNotificationSchema>;
