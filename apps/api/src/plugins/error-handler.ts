import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isValidationCode, validationText } from '@ebistans/schema';
import { AppError, problemType, type FieldError } from '../lib/errors.js';
import type { Problem } from '../lib/http-schemas.js';

const titles: Record<string, string> = {
  validation: 'The request is invalid',
  'bad-request': 'The request is malformed',
  unauthorized: 'Authentication is required',
  'invalid-credentials': 'Wrong personal identity number, username or password',
  'invalid-code': 'Wrong one-time code',
  'challenge-expired': 'The login attempt has expired',
  'session-expired': 'The session has ended',
  'account-locked': 'The account is locked',
  'no-code-list': 'The applicant has no code list',
  'code-list-used-up': 'Every code in the code list has been used',
  forbidden: 'Not allowed',
  'not-found': 'Not found',
  conflict: 'Conflicts with existing data',
  'payload-too-large': 'The request is too large',
  'unsupported-media-type': 'Unsupported content type',
  'rate-limited': 'Too many requests',
  'invalid-form': 'The application has errors',
  'unknown-form': 'No such form or form version',
  'form-outdated': 'A newer version of the form must be used',
  'not-an-application': 'A supplement belongs to an existing case',
  'case-closed': 'The case is closed',
  'no-second-factor': 'The account has no way to receive a one-time code',
  'login-method-disabled': 'The login method is not enabled for this municipality',
  'no-applicant-account': 'No applicant account for this person in the municipality',
  'account-deactivated': 'The account is deactivated',
  'bankid-already-in-progress': 'A BankID login or signing for this person is already in progress',
  'bankid-unavailable': 'BankID cannot be reached',
  'sms-unavailable': 'The one-time code could not be sent by SMS',
  'signature-required': 'The application must be signed with BankID',
  'signature-mismatch': 'The answers are not the ones that were signed',
  'signature-used': 'The signature has already been used for an application',
  'stale-draft': 'The draft has been changed elsewhere',
  'draft-exists': 'There is already a draft',
  'file-too-large': 'The file is too large',
  'unsupported-file-type': 'The file type is not accepted',
  'invalid-file-name': 'The file name is not accepted',
  'too-many-files': 'The draft has too many files',
  'unknown-assignee': 'Only caseworkers and assistants of the municipality can be assigned',
  'case-handed-over': 'The case has been handed over to the case management system and cannot be changed',
  'case-not-deletable': 'The case cannot be deleted while it is being handled',
  'test-case': 'Not possible for a test case',
  'no-changes': 'Nothing was changed',
  'invalid-decision': 'The decision does not agree with the calculation',
  'no-calculation': 'The case has nothing to calculate a decision from',
  internal: 'Internal error',
  unavailable: 'Service unavailable',
};

const slugByStatus: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'bad-request',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'rate-limited',
  503: 'unavailable',
};

/** PostgreSQL unique violation, directly or wrapped by drizzle. */
function isUniqueViolation(error: unknown): boolean {
  const candidate = error as { code?: unknown; cause?: { code?: unknown } };
  return candidate.code === '23505' || candidate.cause?.code === '23505';
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  slug: string,
  detail?: string,
  errors?: FieldError[],
  extensions: Record<string, unknown> = {},
) {
  const problem: Problem = {
    ...extensions,
    type: problemType(slug),
    title: titles[slug] ?? 'Error',
    status,
    requestId: request.id,
    ...(detail ? { detail } : {}),
    ...(errors ? { errors } : {}),
  };
  // Bypass the route's success serializer: the error body has its own schema and content type.
  return reply.status(status).type('application/problem+json').serializer(JSON.stringify).send(problem);
}

/** The only place that writes error responses. 5xx responses never carry internals. */
export const errorHandlerPlugin = fp(
  (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (hasZodFastifySchemaValidationErrors(error)) {
        const errors = error.validation.map((issue) => {
          // Schema-package fields carry a message code; other zod messages are passed on as they are.
          const code = issue.message ?? 'invalid';
          return {
            path: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
            code: isValidationCode(code) ? code : 'invalid',
            message: isValidationCode(code) ? validationText(code, 'sv') : code,
          };
        });
        return sendProblem(request, reply, 400, 'validation', `Invalid ${error.validationContext ?? 'input'}`, errors);
      }
      if (error instanceof AppError) {
        // A dependency that failed: the cause is for the operators' log, never for the response.
        if (error.status >= 500) request.log.warn({ err: error.cause ?? error }, error.message);
        return sendProblem(request, reply, error.status, error.slug, error.message, error.errors, error.extensions);
      }
      if (isUniqueViolation(error)) {
        return sendProblem(request, reply, 409, 'conflict');
      }
      const status = error.statusCode ?? 500;
      if (status < 500) {
        return sendProblem(request, reply, status, slugByStatus[status] ?? 'bad-request', error.message);
      }
      request.log.error({ err: error }, 'request failed');
      return sendProblem(request, reply, 500, 'internal');
    });
  },
  { name: 'error-handler' },
);
