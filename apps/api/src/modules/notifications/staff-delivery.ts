import type { Job } from '../../lib/job-queue.js';
import type { EmailSender } from './email-sender.js';
import { readNotificationSettings, staffEventEnabled } from './notification-settings.js';
import type { StaffNotificationJob } from './staff-notifier.js';
import type { StaffRecipientsRepository } from './staff-recipients.repository.js';
import { staffNotification } from './notification-templates.js';

interface StaffDeliveryDeps {
  repository: StaffRecipientsRepository;
  email: EmailSender;
  /** The e-service's address; the e-mail links to the case in the caseworker app under it. */
  publicUrl: string;
  /** The sender when the municipality has none of its own. */
  defaultFrom: string;
}

interface Recipient {
  /** Part of the Message-ID: a staff id, or `mailbox` for the function mailbox. */
  key: string;
  email: string;
}

/**
 * Delivers one staff notification job. Recipients and settings are read now, not when the event
 * happened: a colleague unassigned meanwhile, a changed address or a notification turned off are all
 * respected, and a case deleted meanwhile is skipped. Test cases (test mode) notify nobody.
 */
export function createStaffDelivery({ repository, email, publicUrl, defaultFrom }: StaffDeliveryDeps) {
  const messageIdHost = new URL(publicUrl).hostname;

  async function recipientsOf(job: StaffNotificationJob, municipalityId: string, functionMailbox: string | null) {
    switch (job.event) {
      case 'assigned':
        return repository.assignees(job.caseId, job.staffId);
      case 'case-submitted':
        return functionMailbox ? [{ id: 'mailbox', email: functionMailbox }] : repository.caseworkers(municipalityId);
      default: {
        const assignees = await repository.assignees(job.caseId);
        return assignees.filter((assignee) => assignee.id !== job.actorStaffId);
      }
    }
  }

  return async (job: Job<StaffNotificationJob>) => {
    const found = await repository.findCase(job.data.caseId);
    if (!found || found.isTest) return;
    // Every notification is on until the municipality turns it off.
    const settings = readNotificationSettings(found.municipalitySettings);
    if (!staffEventEnabled(settings, job.data.event)) return;

    // One e-mail per address, so nobody sees who else was told.
    const recipients = new Map<string, Recipient>();
    for (const { id, email: address } of await recipientsOf(job.data, found.municipalityId, settings.functionMailbox)) {
      if (address) recipients.set(address.toLowerCase(), { key: id, email: address });
    }
    // Swedish until staff can choose their language; the municipality's own text if it has one.
    const { subject, text } = staffNotification(found.municipalitySettings, job.data.event, 'sv', {
      municipalityName: found.municipalityName,
      caseUrl: `${publicUrl}/handlaggare/arenden/${encodeURIComponent(job.data.caseId)}`,
    });
    const from = settings.emailFrom ?? defaultFrom;
    // A failure part-way retries the whole job; the Message-ID, the same on every attempt, marks a
    // resent e-mail as the one already delivered.
    for (const recipient of recipients.values()) {
      await email.send({
        from,
        to: recipient.email,
        subject,
        text,
        messageId: `<${job.id}.${recipient.key}@${messageIdHost}>`,
      });
    }
  };
}
