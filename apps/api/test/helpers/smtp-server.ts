import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  envelopeFrom: string;
  envelopeTo: string[];
  mail: ParsedMail;
}

/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives. It can be stopped and started again on the
 * same port, to play a mail server that is down for a while, made slow, or made to take a message's data
 * and never answer, so that the sender hangs mid-send.
 */
export async function startSmtpServer() {
  const received: ReceivedEmail[] = [];
  /** Messages whose data arrived while stalling: the sender never learnt that they were accepted. */
  const stalled: ReceivedEmail[] = [];
  let stalling = false;
  let delayMs = 0;
  let server: SMTPServer | undefined;
  let port = 0;

  async function listen() {
    const instance = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (mail) => {
            const { mailFrom, rcptTo } = session.envelope;
            const email = {
              envelopeFrom: mailFrom ? mailFrom.address : '',
              envelopeTo: rcptTo.map((recipient) => recipient.address),
              mail,
            };
            if (stalling) {
              stalled.push(email);
              return;
            }
            setTimeout(() => {
              received.push(email);
              callback();
            }, delayMs);
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => instance.listen(port, '127.0.0.1', resolve));
    port = (instance.server.address() as AddressInfo).port;
    server = instance;
  }

  async function stop() {
    const instance = server;
    server = undefined;
    if (instance) await new Promise<void>((resolve) => instance.close(() => resolve()));
  }

  await listen();
  return {
    received,
    stalled,
    /** From now on, take each message's data and never answer (until stall(false)). */
    stall(on: boolean) {
      stalling = on;
    },
    /** Answer each message only after this long. */
    slowDown(ms: number) {
      delayMs = ms;
    },
    url: () => `smtp://127.0.0.1:${port}`,
    /** Closes the server; start() listens on the same port again. */
    stop,
    start: listen,
  };
}
