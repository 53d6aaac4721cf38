import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../../lib/errors.js';
import { BankIdRpError } from './rp-client.js';

/** What the SPA shows as RFA4 (already in progress) and RFA5 (try again later). */
class BankIdProblem extends AppError {
  constructor(
    readonly status: 409 | 503,
    readonly slug: 'bankid-already-in-progress' | 'bankid-unavailable',
    message: string,
  ) {
    super(message);
  }
}

/** The problem to answer when an RP API call fails; anything but "already in progress" is logged. */
export function rpProblem(error: unknown, log: FastifyBaseLogger): AppError {
  if (error instanceof BankIdRpError && error.errorCode === 'alreadyInProgress') {
    return new BankIdProblem(
      409,
      'bankid-already-in-progress',
      'A BankID order for this person is already in progress',
    );
  }
  log.error({ err: error }, 'BankID RP API call failed');
  return new BankIdProblem(503, 'bankid-unavailable', 'BankID cannot be reached; try again');
}

/** BankID answers a finished order once and forgets old ones: invalidParameters then means "no such order". */
export const isUnknownOrder = (error: unknown) =>
  error instanceof BankIdRpError && error.errorCode === 'invalidParameters';
