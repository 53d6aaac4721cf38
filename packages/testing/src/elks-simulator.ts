import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An SMS the simulator accepted, as 46elks would have sent it. */
export interface ElksMessage {
  id: string;
  from: string;
  /** E.164, as 46elks requires. */
  to: string;
  message: string;
  created: Date;
}

export interface ElksSimulator {
  /** The API base, for ELKS_API_URL; the endpoint is {url}/a1/sms. */
  url: string;
  /** The API credentials it accepts, for ELKS_USERNAME and ELKS_PASSWORD. */
  username: string;
  password: string;
  /** Every accepted SMS, oldest first. */
  messages: ElksMessage[];
  /** Every request that reached the endpoint, accepted or not. */
  requestCount(): number;
  /** The next `count` requests are answered with `status` (a 5xx: the gateway is down) before anything else. */
  failNext(count: number, status?: number): void;
  /** The account's password changed at 46elks: requests with the old one get 401 from now on. */
  changePassword(password: string): void;
  close(): Promise<void>;
}

/** A text sender id (a letter, then letters or digits, 3–11 in all) or a phone number in E.164. */
const textSender = /^[A-Za-z][A-Za-z0-9]{2,10}$/;
const e164 = /^\+[1-9]\d{6,14}$/;

/** Only the 46elks parameters of POST /a1/sms that our sender may use, with the values 46elks allows. */
const optionalFields: Record<string, (value: string) => boolean> = {
  dontlog: (value) => value === 'message',
  dryrun: (value) => value === 'yes' || value === 'no',
  flashsms: (value) => value === 'yes' || value === 'no',
  whendelivered: (value) => /^https?:\/\//.test(value),
};

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function answer(response: ServerResponse, status: number, body: string | object) {
  const json = typeof body === 'object';
  response.writeHead(status, { 'content-type': json ? 'application/json' : 'text/plain; charset=utf-8' });
  response.end(json ? JSON.stringify(body) : body);
}

/**
 * A local stand-in for the 46elks SMS API on a free loopback port: POST /a1/sms with HTTP Basic auth and
 * form-urlencoded from, to and message, checked the way 46elks checks them (401 for wrong credentials,
 * 400 for a missing field, 403 for a number or sender it will not use), answered with 46elks's JSON.
 */
export async function startElksSimulator(): Promise<ElksSimulator> {
  const username = `u${randomBytes(16).toString('hex')}`;
  let password = randomBytes(16).toString('hex');
  const messages: ElksMessage[] = [];
  let requests = 0;
  let failures: { remaining: number; status: number } = { remaining: 0, status: 503 };

  function authorised(header: string | undefined) {
    const [scheme, encoded] = (header ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'basic' || !encoded) return false;
    return Buffer.from(encoded, 'base64').toString('utf8') === `${username}:${password}`;
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    // 46elks takes /a1/SMS and /a1/sms alike.
    if (path.toLowerCase() !== '/a1/sms') return answer(response, 404, 'Not found');
    if (request.method !== 'POST') return answer(response, 405, 'Method not allowed');
    requests += 1;
    const body = await readBody(request);
    if (failures.remaining > 0) {
      failures.remaining -= 1;
      return answer(response, failures.status, 'Service temporarily unavailable');
    }
    if (!authorised(request.headers.authorization)) {
      response.setHeader('www-authenticate', 'Basic realm="46elks API"');
      return answer(response, 401, 'Invalid API credentials');
    }
    if (!request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) {
      return answer(response, 400, 'Expected form-urlencoded data');
    }
    const form = new URLSearchParams(body);
    for (const key of ['from', 'to', 'message']) {
      if (!form.get(key)) return answer(response, 400, `Missing key ${key}`);
    }
    for (const [key, valid] of Object.entries(optionalFields)) {
      const value = form.get(key);
      if (value !== null && !valid(value)) return answer(response, 400, `Invalid ${key}`);
    }
    const from = form.get('from')!;
    const to = form.get('to')!;
    const message = form.get('message')!;
    if (!e164.test(to)) return answer(response, 403, 'Invalid to number');
    if (!textSender.test(from) && !e164.test(from)) return answer(response, 403, 'Invalid from');

    const sms: ElksMessage = { id: `s${randomBytes(16).toString('hex')}`, from, to, message, created: new Date() };
    const dryRun = form.get('dryrun') === 'yes';
    if (!dryRun) messages.push(sms);
    return answer(response, 200, {
      status: 'created',
      direction: 'outgoing',
      from,
      to,
      created: sms.created.toISOString().replace('Z', ''),
      // One part holds 160 GSM characters; longer messages go in parts of 153.
      parts: message.length <= 160 ? 1 : Math.ceil(message.length / 153),
      ...(dryRun ? { estimated_cost: 3500 } : { cost: 3500, id: sms.id }),
      ...(form.get('dontlog') === 'message' ? {} : { message }),
    });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => answer(response, 500, 'Internal server error'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    username,
    get password() {
      return password;
    },
    messages,
    requestCount: () => requests,
    failNext(count, status = 503) {
      failures = { remaining: count, status };
    },
    changePassword(next) {
      password = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
