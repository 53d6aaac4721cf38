import { AppError } from '../../lib/errors.js';

/**
 * The draft was saved, created or discarded on another device since this one read it. The problem
 * carries the current revision (RFC 9457 extension member) so the client can reload and merge.
 */
export class DraftConflictError extends AppError {
  readonly status = 409;
  override readonly extensions: { currentRevision: number | null };

  constructor(
    readonly slug: 'stale-draft' | 'draft-exists',
    message: string,
    currentRevision: number | null,
  ) {
    super(message);
    this.extensions = { currentRevision };
  }
}
