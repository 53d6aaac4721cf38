import type { Job } from '../../lib/job-queue.js';
import type { ApplicantNotificationJob } from './applicant-notifier.js';
import type { EmailSender } from './email-sender.js';
import { applicantChannelEnabled, readNotificationSettings } from './notification-settings.js';
import type { NotificationsRepository } from './notifications.repository.js';
import type { SmsSender } from './sms-sender.js';
import { applicantTemplates } from './templates/index.js';

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
 * meanwhile is simply skipped, as is a channel the applicant has no address or number for, or one the
 * municipality has turned off for this event (read now too, so a change applies to jobs still queued).
 */
export function createApplicantDelivery({ repository, email, sms, publicUrl, defaultFrom }: ApplicantDeliveryDeps) {
  const messageIdHost = new URL(publicUrl).hostname;

  return async (job: Job<ApplicantNotificationJob>) => {
    const recipient = await repository.findCaseRecipient(job.data.caseId);
    if (!recipient || recipient.deactivatedAt) return;
    // A protected identity is told nothing by e-mail or SMS until the applicant confirms a channel while
    // logged in (issue 6, point 4); until that exists, nothing is sent.
    if (recipient.protectedIdentity) return;
    const settings = readNotificationSettings(recipient.municipalitySettings);
    if (!applicantChannelEnabled(settings, job.data.event, job.data.channel)) return;
    // Swedish until applicants can choose their language (the settings of issue 6, point 4).
    const rendered = applicantTemplates[job.data.event].sv({
      municipalityName: recipient.municipalityName,
      loginUrl: `${publicUrl}/kommun/${encodeURIComponent(recipient.municipalitySlug)}`,
    });

    if (job.data.channel === 'sms') {
      if (recipient.mobile) await sms.send(recipient.mobile, rendered.sms);
      return;
    }
    if (!recipient.email) return;
    const from = settings.emailFrom ?? defaultFrom;
    await email.send({
      from,
      to: recipient.email,
      subject: rendered.subject,
      text: rendered.text,
      messageId: `<${job.id}@${messageIdHost}>`,
    });
  };
}
