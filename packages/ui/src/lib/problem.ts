/** A field error inside a problem; `code` is a key of validationMessages in @ebistans/schema or the route's own. */
export interface ProblemFieldError {
  path: string;
  code: string;
  message?: string;
}

/** An RFC 9457 problem as the API sends it. */
interface Problem {
  type: string;
  status: number;
  title?: string;
  detail?: string;
  requestId?: string;
  errors?: ProblemFieldError[];
}

const typePrefix = 'urn:ebistans:problem:';

/** Thrown by query and mutation functions so that TanStack Query carries the problem to the page. */
export class ProblemError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.title ?? problem.type);
    this.name = 'ProblemError';
    this.problem = problem;
  }
}

function isProblemBody(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'type' in body && typeof body.type === 'string';
}

/** Bodies that are not problem+json (a proxy's HTML error page, say) still get a status to be explained by. */
function toProblem(body: unknown, status: number): Problem {
  if (isProblemBody(body)) return { ...body, status };
  return { type: 'about:blank', status };
}

/** The slug of `urn:ebistans:problem:<slug>`, or undefined for any other type. */
export function problemSlug(problem: Problem): string | undefined {
  return problem.type.startsWith(typePrefix) ? problem.type.slice(typePrefix.length) : undefined;
}

interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** A non-2xx answer read outside the typed client (an upload by XHR or FormData), whatever its body was. */
export function problemError(body: unknown, status: number): ProblemError {
  return new ProblemError(toProblem(body, status));
}

/** Returns an openapi-fetch result's data, or throws its problem as a ProblemError. */
export function unwrap<T>(result: ApiResult<T>): T {
  if (!result.response.ok) throw new ProblemError(toProblem(result.error, result.response.status));
  return result.data as T;
}

export function isProblem(error: unknown, ...slugs: string[]): error is ProblemError {
  if (!(error instanceof ProblemError)) return false;
  if (slugs.length === 0) return true;
  const slug = problemSlug(error.problem);
  return slug !== undefined && slugs.includes(slug);
}

/**
 * The problem's field errors for a form's own fields, by field: the first of each, the one to fix first.
 * Errors of other paths are left out, since the form has nowhere to show them.
 */
export function problemFieldErrors<F extends string>(
  error: ProblemError,
  fields: readonly F[],
): Partial<Record<F, ProblemFieldError>> {
  const found: Partial<Record<F, ProblemFieldError>> = {};
  for (const item of error.problem.errors ?? []) {
    const field = fields.find((name) => name === item.path);
    if (field !== undefined) found[field] ??= item;
  }
  return found;
}

/** True when the user has no valid session, so the app should send them to the login page. */
export function isLoggedOut(error: unknown): boolean {
  return error instanceof ProblemError && error.problem.status === 401;
}

/** Retries network failures and server errors, never a 4xx answer, which would only repeat itself. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ProblemError && error.problem.status < 500) return false;
  return failureCount < 2;
}
