import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import { Agent, request } from 'undici';
import { z } from 'zod';
import {
  collectResponseSchema,
  orderResponseSchema,
  rpErrorSchema,
  type AuthRequest,
  type SignRequest,
} from './rp-api.schemas.js';

/** An error answer `{errorCode, details}` from the RP API, or an answer that does not follow the protocol. */
export class BankIdRpError extends Error {
  override name = 'BankIdRpError';
  constructor(
    /** One of the API's codes (alreadyInProgress, invalidParameters, …) or `unexpectedResponse`. */
    readonly errorCode: string,
    readonly details: string,
    readonly httpStatus: number,
  ) {
    super(`BankID RP API answered ${httpStatus} ${errorCode}`);
  }
}

interface MutualTlsFiles {
  pfxPath: string;
  pfxPassphrase: string | undefined;
  /** BankID's own CA for the environment; pinned, so no public CA can vouch for the server. */
  caPath: string | undefined;
}

const TIMEOUT_MS = 10_000;

/**
 * The connection pool for the RP API; with files, it presents the RP certificate (mutual TLS). The TLS
 * context is built here, so a wrong passphrase or a broken file stops the start, not the first login.
 */
export function createRpAgent(tls?: MutualTlsFiles): Agent {
  const secureContext = tls
    ? createSecureContext({
        pfx: readFileSync(tls.pfxPath),
        passphrase: tls.pfxPassphrase,
        ...(tls.caPath ? { ca: readFileSync(tls.caPath) } : {}),
      })
    : undefined;
  return new Agent({
    headersTimeout: TIMEOUT_MS,
    bodyTimeout: TIMEOUT_MS,
    connect: { timeout: TIMEOUT_MS, ...(secureContext ? { secureContext, rejectUnauthorized: true } : {}) },
  });
}

/**
 * A typed client for /auth, /sign, /collect and /cancel. The base URL is read per call because the
 * embedded simulator's port is known only once the server listens.
 */
export function createRpClient({ baseUrl, agent }: { baseUrl: () => string; agent: Agent }) {
  async function call<Schema extends z.ZodType>(endpoint: string, body: unknown, schema: Schema) {
    const base = baseUrl();
    const response = await request(new URL(endpoint, base.endsWith('/') ? base : `${base}/`), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      dispatcher: agent,
    });
    const text = await response.body.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (response.statusCode >= 400) {
      const error = rpErrorSchema.safeParse(json);
      throw error.success
        ? new BankIdRpError(error.data.errorCode, error.data.details, response.statusCode)
        : new BankIdRpError('unexpectedResponse', 'The error body is not {errorCode, details}', response.statusCode);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new BankIdRpError(
        'unexpectedResponse',
        `The ${endpoint} answer does not follow the protocol`,
        response.statusCode,
      );
    }
    return parsed.data;
  }

  return {
    auth: (input: AuthRequest) => call('auth', input, orderResponseSchema),
    sign: (input: SignRequest) => call('sign', input, orderResponseSchema),
    collect: (orderRef: string) => call('collect', { orderRef }, collectResponseSchema),
    async cancel(orderRef: string) {
      await call('cancel', { orderRef }, z.object({}));
    },
  };
}

export type RpClient = ReturnType<typeof createRpClient>;
