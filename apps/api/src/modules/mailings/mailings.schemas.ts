import { z } from 'zod';
import { caseStatuses, mailingChannels, mailingRecipientStatuses } from '../../db/schema/index.js';

/** An SMS of at most three parts: longer ones cost more and arrive in pieces on some phones. */
export const MAX_SMS_LENGTH = 480;
export const MAX_MAILING_CASES = 10_000;

export const mailingParams = z.object({ mailingId: z.uuid() });

const casesSelection = z.object({
  kind: z.literal('cases'),
  caseIds: z.array(z.uuid()).min(1).max(MAX_MAILING_CASES).describe('Cases ticked in the inbox'),
});

const filterSelection = z.object({
  kind: z.literal('filter'),
  formVersion: z.number().int().min(1).optional(),
  submittedFrom: z.iso.date().optional().describe('First day submitted, Swedish time'),
  submittedTo: z.iso.date().optional().describe('Last day submitted, Swedish time'),
  statuses: z.array(z.enum(caseStatuses)).max(caseStatuses.length).optional(),
});

export const selectionSchema = z
  .discriminatedUnion('kind', [casesSelection, filterSelection])
  .describe(
    "Which cases' applicants get the mailing, within the caller's cases; test cases and cases handed over " +
      'to the case system are left out. An applicant with several such cases gets it once, about the latest.',
  )
  .meta({ id: 'MailingSelection' });
export type SelectionInput = z.infer<typeof selectionSchema>;

export const mailingChannelSchema = z
  .enum(mailingChannels)
  .describe('`case_message`: a message in the case thread, which the applicant reads under "Mina ärenden"')
  .meta({ id: 'MailingChannel' });

export const previewBody = z.object({ selection: selectionSchema, channel: mailingChannelSchema });

export const previewSchema = z
  .object({
    caseCount: z.number().int(),
    recipientCount: z.number().int().describe('Applicants; one mailing each'),
    unreachableCount: z
      .number()
      .int()
      .describe(
        'Recipients who will be skipped now: no e-mail address or mobile number for the channel, a protected ' +
          'identity without confirmed channels, or the channel turned off by the applicant',
      ),
  })
  .meta({ id: 'MailingPreview' });

export const createMailingBody = z
  .object({
    selection: selectionSchema,
    channel: mailingChannelSchema,
    subject: z.string().trim().min(1).max(200).optional().describe('Required for e-mail; ignored otherwise'),
    body: z.string().trim().min(1).max(10_000),
  })
  .superRefine((input, context) => {
    if (input.channel === 'email' && !input.subject) {
      context.addIssue({ code: 'custom', path: ['subject'], message: 'An e-mail needs a subject' });
    }
    if (input.channel === 'sms' && input.body.length > MAX_SMS_LENGTH) {
      context.addIssue({
        code: 'custom',
        path: ['body'],
        message: `An SMS is at most ${MAX_SMS_LENGTH} characters`,
      });
    }
  });
export type CreateMailingInput = z.infer<typeof createMailingBody>;

export const createdSchema = z.object({ id: z.uuid() }).meta({ id: 'CreatedMailing' });

const progressSchema = z
  .object(
    Object.fromEntries(mailingRecipientStatuses.map((status) => [status, z.number().int()])) as {
      [Status in (typeof mailingRecipientStatuses)[number]]: z.ZodNumber;
    },
  )
  .meta({ id: 'MailingProgress' });

const mailingSummary = z.object({
  id: z.uuid(),
  channel: mailingChannelSchema,
  subject: z.string().nullable(),
  createdByName: z.string(),
  recipientCount: z.number().int(),
  progress: progressSchema,
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});

export const mailingListSchema = z
  .object({ items: z.array(mailingSummary.meta({ id: 'MailingSummary' })) })
  .meta({ id: 'MailingList' });

export const mailingDetailSchema = mailingSummary
  .extend({
    body: z.string(),
    selection: selectionSchema,
    failures: z
      .array(
        z.object({
          caseId: z.uuid().nullable(),
          caseNumber: z.string().nullable().describe('Null when the case has been deleted since'),
          status: z.enum(['failed', 'skipped']),
          errorCode: z.string(),
        }),
      )
      .describe('Recipients not reached and why, as a code; at most 500, listed once the mailing is finished'),
  })
  .meta({ id: 'Mailing' });
