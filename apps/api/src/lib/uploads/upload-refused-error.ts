import { AppError, type FieldError } from '../errors.js';

const statusBySlug = {
  validation: 400,
  'invalid-file-name': 400,
  'file-too-large': 413,
  'unsupported-file-type': 415,
  'unsupported-media-type': 415,
  'too-many-files': 422,
} as const;

/** An upload the applicant must change before it can be stored; the detail says how, in Swedish. */
export class UploadRefusedError extends AppError {
  readonly status: number;

  constructor(
    readonly slug: keyof typeof statusBySlug,
    message: string,
    errors?: FieldError[],
  ) {
    super(message, errors);
    this.status = statusBySlug[slug];
  }
}
