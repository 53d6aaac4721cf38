/** Sends a text message. Implementations: the dev outbox now; an HTTP SMS gateway later. */
export interface SmsSender {
  send(to: string, text: string): Promise<void>;
}
