import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client.js';
import type { Job, QueueDefinition } from '../../lib/job-queue.js';
import type { ApplicantNotifier } from '../notifications/applicant-notifier.js';
import type { EmailSender } from '../notifications/email-sender.js';
import { unreachableReason } from '../notifications/applicant-reach.js';
import { readNotificationSettings } from '../notifications/notification-settings.js';
import type { SmsSender } from '../notifications/sms-sender.js';
import type { MessagesRepository } from '../messages/messages.repository.js';
import type { MailingsRepository } from './mailings.repository.js';

export const MAILINGS_QUEUE = 'mailings';

/** Ids only, as every job: the text and the addresses stay in their tables. */
export interface MailingJob {
  mailingId: string;
}

export function mailingsQueue(retry: { retryLimit: number; retryDelaySeconds: number }): QueueDefinition {
  // One job delivers the whole mailing, a few thousand sends a minute; an hour is far above that, so only a
  // dead worker leaves the job active so long, and the retry resumes with the recipients still pending.
  return { name: MAILINGS_QUEUE, ...retry, expireInSeconds: 60 * 60 };
}

/** Recipients read per round, and sent to at the same time within it. */
const BATCH_SIZE = 200;
const PARALLEL_SENDS = 50;
/** A round in which this many sends or more all failed is taken for an outage rather than bad addresses. */
const MIN_OUTAGE_SENDS = 3;

interface MailingDeliveryDeps {
  db: Database;
  repository: MailingsRepository;
  /** Writes the case message of a mailing sent as one. */
  messages: Pick<MessagesRepository, 'insertToApplicant'>;
  email: EmailSender;
  sms: SmsSender;
  notifier: Pick<ApplicantNotifier, 'caseNews'>;
  /** Used for the e-mails' Message-IDs. */
  publicUrl: string;
  /** The sender when the municipality has none of its own. */
  defaultFrom: string;
  log: FastifyBaseLogger;
}

type Recipient = Awaited<ReturnType<MailingsRepository['pendingRecipients']>>[number];
type Mailing = NonNullable<Awaited<ReturnType<MailingsRepository['findForDelivery']>>>;

/**
 * Delivers a mailing: rounds of pending recipients until none is left. Each recipient's status is recorded
 * as soon as they are dealt with, so a retried job (after a crash or a deploy) continues with those still
 * pending. An e-mail or SMS is recorded after the server took it: a crash in between sends that one again
 * (at least once, as the notifications), and the e-mail's Message-ID, the recipient's id, lets mail systems
 * recognise the repeat. A send that fails is recorded as failed with a code and not retried, so one bad
 * address never holds up or repeats the rest; the mailing's page lists the failures. When every send of a
 * round fails, the service is taken to be down: nothing is recorded and the job is retried later.
 *
 * A case message is written in the same transaction as the recipient's status, so it is never doubled.
 * It brings the applicant the usual neutral "message from the caseworker" notification, their only one
 * about it; the e-mail and SMS channels are the message themselves and bring no further notification.
 */
export function createMailingDelivery(deps: MailingDeliveryDeps) {
  const { db, repository, log } = deps;
  const messageIdHost = new URL(deps.publicUrl).hostname;

  /** Sends to one recipient; a failed send is returned, not yet recorded (see the round below). */
  async function deliverByEmailOrSms(mailing: Mailing, recipient: Recipient, from: string) {
    const channel = mailing.channel as 'email' | 'sms';
    const skip = unreachableReason(recipient, channel);
    if (skip) {
      await repository.settle(db, recipient.id, 'skipped', skip);
      return 'done';
    }
    try {
      if (channel === 'email') {
        await deps.email.send({
          from,
          to: recipient.email!,
          subject: mailing.subject ?? '',
          text: mailing.body,
          messageId: `<mailing-${recipient.id}@${messageIdHost}>`,
        });
      } else {
        await deps.sms.send(recipient.mobile!, mailing.body);
      }
    } catch (error) {
      // The error text may hold the address; the log has it, the mailing only a code.
      log.warn({ err: error, mailingId: mailing.id, recipientId: recipient.id }, 'mailing send failed');
      return 'failed';
    }
    await repository.settle(db, recipient.id, 'sent');
    return 'done';
  }

  async function deliverAsCaseMessage(mailing: Mailing, recipient: Recipient) {
    const caseId = recipient.caseId;
    if (!caseId) {
      await repository.settle(db, recipient.id, 'skipped', 'case-removed');
      return 'done';
    }
    await db.transaction(async (tx) => {
      if (!(await repository.settle(tx, recipient.id, 'sent'))) return;
      await deps.messages.insertToApplicant(
        tx,
        {
          municipalityId: mailing.municipalityId,
          caseId,
          applicantId: recipient.applicantId,
          body: mailing.body,
        },
        { kind: 'staff', id: mailing.createdByStaffId },
        { mailingId: mailing.id },
      );
      await deps.notifier.caseNews(tx, caseId, 'message-from-caseworker');
    });
    return 'done';
  }

  return async (job: Job<MailingJob>) => {
    const mailing = await repository.findForDelivery(job.data.mailingId);
    if (!mailing || mailing.finishedAt) return;
    const from = readNotificationSettings(mailing.municipalitySettings).emailFrom ?? deps.defaultFrom;
    for (;;) {
      const batch = await repository.pendingRecipients(mailing.id, BATCH_SIZE);
      if (batch.length === 0) break;
      for (let start = 0; start < batch.length; start += PARALLEL_SENDS) {
        const round = batch.slice(start, start + PARALLEL_SENDS);
        const outcomes = await Promise.all(
          round.map((recipient) =>
            mailing.channel === 'case_message'
              ? deliverAsCaseMessage(mailing, recipient)
              : deliverByEmailOrSms(mailing, recipient, from),
          ),
        );
        const failed = round.filter((_, index) => outcomes[index] === 'failed');
        // Every send of a round failing means the mail server or SMS gateway is down, not that the
        // addresses are bad: they stay pending and the job is retried later, resuming here. On the last
        // attempt the rest fail instead, so the mailing finishes and its page says who was not reached.
        if (failed.length >= MIN_OUTAGE_SENDS && failed.length === round.length) {
          if (!job.lastAttempt) {
            throw new Error(`Every ${mailing.channel} send of a round failed; the mailing resumes on retry`);
          }
          await repository.failPending(mailing.id, 'service-unavailable');
          break;
        }
        for (const recipient of failed) await repository.settle(db, recipient.id, 'failed', 'send-failed');
      }
    }
    await repository.finishIfDone(mailing.id);
  };
}
