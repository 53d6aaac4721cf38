import { desc } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client.js';
import { devOutbox } from '../../db/schema/index.js';
import { maskPhoneNumber } from '../../lib/one-time-codes.js';
import type { SmsSender } from './sms-sender.js';

/**
 * Embedded-mode delivery: the message is stored (listed at /api/dev/outbox) and printed to the log
 * so a developer can log in without a phone. The log line masks the recipient.
 */
export function createDevOutbox(db: Database, log: FastifyBaseLogger) {
  const sender: SmsSender = {
    async send(to, text) {
      await db.insert(devOutbox).values({ channel: 'sms', recipient: to, body: text });
      log.info(`[dev-outbox] SMS till ${maskPhoneNumber(to)}: ${text}`);
    },
  };
  return {
    sender,
    async list() {
      return db.select().from(devOutbox).orderBy(desc(devOutbox.createdAt)).limit(50);
    },
  };
}

export type DevOutbox = ReturnType<typeof createDevOutbox>;
