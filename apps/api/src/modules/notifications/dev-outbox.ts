import { desc } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client.js';
import { devOutbox } from '../../db/schema/index.js';
import { maskPhoneNumber } from '../../lib/one-time-codes.js';
import type { EmailSender } from './email-sender.js';
import type { SmsSender } from './sms-sender.js';

/** `a***@kommun.se`: enough for a developer to tell recipients apart, not enough to identify anyone. */
function maskEmailAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return `${address.slice(0, Math.min(1, at))}***${address.slice(at)}`;
}

/**
 * Embedded-mode delivery of SMS and e-mail: the message is stored (listed at /api/dev/outbox) and printed
 * to the log so a developer can log in without a phone. The log line masks the recipient.
 */
export function createDevOutbox(db: Database, log: FastifyBaseLogger) {
  const sender: SmsSender = {
    async send(to, text) {
      await db.insert(devOutbox).values({ channel: 'sms', recipient: to, body: text });
      log.info(`[dev-outbox] SMS till ${maskPhoneNumber(to)}: ${text}`);
    },
  };
  /** E-mail without an SMTP server configured; the text is neutral, so printing the subject is safe. */
  const emailSender: EmailSender = {
    async send({ to, subject, text }) {
      await db.insert(devOutbox).values({ channel: 'email', recipient: to, body: `${subject}\n\n${text}` });
      log.info(`[dev-outbox] E-post till ${maskEmailAddress(to)}: ${subject}`);
    },
  };
  return {
    sender,
    emailSender,
    async list() {
      return db.select().from(devOutbox).orderBy(desc(devOutbox.createdAt)).limit(50);
    },
  };
}

export type DevOutbox = ReturnType<typeof createDevOutbox>;
