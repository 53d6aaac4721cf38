import { CASE_EVENT_SCHEMA_VERSION, CASE_EVENT_TYPES } from '@ebistans/schema';
import { z } from 'zod';

/** RFC 9457 problem details, the body of every error response. */
export const problemSchema = z
  .object({
    type: z.string().describe('Stable identifier: urn:ebistans:problem:<slug>'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string(),
    errors: z
      .array(
        z.object({
          path: z.string().describe('Dotted path of the field, e.g. "rent"'),
          code: z.string().describe('Stable code; the SPAs translate it'),
          message: z.string().describe('Swedish text for the user'),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;

type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 422 | 429 | 500 | 503;

const descriptions: Record<ProblemStatus, string> = {
  400: 'The request is malformed or fails validation',
  401: 'Not logged in, or the login attempt failed',
  403: 'Not allowed',
  404: 'Not found (also when the resource belongs to someone else)',
  409: 'Conflicts with the current state',
  422: 'Breaks a rule of the form or the domain',
  429: 'Too many attempts; try again later',
  500: 'Internal error; the body never carries details, only the request id',
  503: 'A dependency is unavailable',
};

/** Response schemas for the error statuses a route can return (500 always); every route lists its own. */
export function problemResponses<const Codes extends readonly ProblemStatus[]>(...codes: Codes) {
  return Object.fromEntries(
    [...codes, 500 as const].map((code) => [
      code,
      { description: descriptions[code], content: { 'application/problem+json': { schema: problemSchema } } },
    ]),
  ) as {
    [K in Codes[number] | 500]: {
      description: string;
      content: { 'application/problem+json': { schema: typeof problemSchema } };
    };
  };
}

/** The case-event vocabulary, shared by the case history, /api/v1 and the webhooks (packages/schema/src/events). */
export const caseEventTypeSchema = z
  .enum(CASE_EVENT_TYPES)
  .describe(
    `What happened to the case (event schema version ${CASE_EVENT_SCHEMA_VERSION}). Values are added in ` +
      'later releases but never removed or renamed: treat an unknown value as "other".',
  )
  .meta({ id: 'CaseEventType' });
