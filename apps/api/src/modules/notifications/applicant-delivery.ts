import type { Job } from '../../lib/job-queue.js';
import type { ApplicantNotificationJob } from './applicant-notifier.js';
import { unreachableReason } from './applicant-reach.js';
import type { EmailSender } from './email-sender.js';
import { applicantChannelEnabled, readNotificationSettings } from './notification-settings.js';
import type { NotificationsRepository } from './notifications.repository.js';
import type { SmsSender } from './sms-sender.js';
import { applicantLoginUrl, applicantNotification } from './notification-templates.js';

interface ApplicantDeliveryDeps {
  repository: Pick<NotificationsRepository, 'findCaseRecipient'>;
  email: EmailSender;
  sms: SmsSender;
  /** The e-service's address; the notification links to the municipality's login page under it. */
  publicUrl: string;
  /** The sender when the municipality has none of its own. */
  defaultFrom: string;
}

/**
 * Delivers one applicant notification job on its channel (e-mail or SMS). The address, the number and the
 * municipality are read now, not when the event happened, so a corrected one is used and a case deleted
 * meanwhile is simply skipped, as is a channel the applicant has no address or number for, has turned off,
 * or the municipality has turned off for this event (read now too, so a change applies to jobs still
 * queued). It is written in the language the applicant chose.
 */
export function createApplicantDelivery({ repository, email, sms, publicUrl, defaultFrom }: ApplicantDeliveryDeps) {
  const messageIdHost = new URL(publicUrl).hostname;

  return async (job: Job<ApplicantNotificationJob>) => {
    const recipient = await repository.findCaseRecipient(job.data.caseId);
    // Sent only where both the applicant can and wants to be reached and the municipality sends the event.
    if (!recipient || unreachableReason(recipient, job.data.channel)) return;
    const settings = readNotificationSettings(recipient.municipalitySettings);
    if (!applicantChannelEnabled(settings, job.data.event, job.data.channel)) return;
    // The municipality's own text for the event and language if it has one, else the built-in one.
    const rendered = applicantNotification(
      recipient.municipalitySettings,
      job.data.event,
      recipient.notificationLanguage,
      {
        municipalityName: recipient.municipalityName,
        loginUrl: applicantLoginUrl(publicUrl, recipient.municipalitySlug),
      },
    );

    if (job.data.channel === 'sms') {
      await sms.send(recipient.mobile!, rendered.sms);
      return;
    }
    const from = settings.emailFrom ?? defaultFrom;
    await email.send({
      from,
      to: recipient.email!,
      subject: rendered.subject,
      text: rendered.text,
      messageId: `<${job.id}@${messageIdHost}>`,
    });
  };
}
