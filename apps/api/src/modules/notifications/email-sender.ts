import { createTransport } from 'nodemailer';
import type { SmtpConfig } from '../../config/env.js';

export interface EmailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** `<id@host>`, the same on every attempt, so a resend after a crash is recognisable as the same e-mail. */
  messageId: string;
}

/** Sends an e-mail. Implementations: SMTP (nodemailer) and, in embedded/dev mode, the dev outbox. */
export interface EmailSender {
  send(message: EmailMessage): Promise<void>;
}

/**
 * One SMTP connection per message (notifications are few and a pool would hold connections open).
 * Timeouts are well below the job's expiry, so a hung server fails the attempt and it is retried.
 */
export function createSmtpEmailSender(smtp: SmtpConfig): EmailSender {
  const transport = createTransport({
    ...(smtp.url ? { url: smtp.url } : { host: smtp.host, port: smtp.port }),
    secure: smtp.secure,
    requireTLS: smtp.requireTls,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password } } : {}),
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    async send({ from, to, subject, text, messageId }) {
      await transport.sendMail({ from, to, subject, text, messageId });
    },
  };
}
