/**
 * Errors services throw. Only the error-handler plugin turns them into responses, as RFC 9457
 * problem+json whose `type` is `urn:ebistans:problem:<slug>` — a stable contract the SPAs translate.
 */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly slug: string;
  readonly errors: FieldError[] | undefined;
  /** RFC 9457 extension members added to the problem, e.g. a draft's current revision. */
  readonly extensions: Record<string, unknown> = {};

  constructor(message: string, errors?: FieldError[]) {
    super(message);
    this.name = new.target.name;
    this.errors = errors;
  }
}

export class NotFoundError extends AppError {
  readonly status = 404;
  readonly slug = 'not-found';
}

export class ConflictError extends AppError {
  readonly status = 409;
  readonly slug = 'conflict';
}

export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly slug = 'forbidden';
}

/** 401 with a specific slug, so the UI can tell "wrong password" from "session ended". */
export class UnauthorizedError extends AppError {
  readonly status = 401;
  constructor(
    readonly slug:
      | 'unauthorized'
      | 'invalid-credentials'
      | 'invalid-code'
      | 'challenge-expired'
      | 'session-expired'
      | 'account-locked' = 'unauthorized',
    message = 'Authentication is required',
  ) {
    super(message);
  }
}

/** 503: a dependency is down. `sms-unavailable`: the one-time code could not be sent by SMS. */
export class UnavailableError extends AppError {
  readonly status = 503;
  constructor(
    message: string,
    readonly slug: 'unavailable' | 'sms-unavailable' = 'unavailable',
    options?: { cause: unknown },
  ) {
    super(message);
    if (options) this.cause = options.cause;
  }
}

/** The input is well-formed but breaks a rule of the form or the domain (422). */
export class BusinessRuleError extends AppError {
  readonly status = 422;
  constructor(
    readonly slug: string,
    message: string,
    errors?: FieldError[],
  ) {
    super(message, errors);
  }
}

export const problemType = (slug: string) => `urn:ebistans:problem:${slug}`;
