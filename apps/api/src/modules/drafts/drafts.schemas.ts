import { z } from 'zod';
import { problemSchema } from '../../lib/http-schemas.js';

/** Answers are saved as the applicant left them; a draft of a whole form is far below this. */
export const DRAFT_MAX_BYTES = 256 * 1024;

export const formIdQuery = z.object({
  formId: z.string().min(1).max(100).describe('The form the draft is for, e.g. ekonomiskt-bistand-manadsansokan'),
});

const answersSchema = z
  .record(z.string(), z.unknown())
  // PostgreSQL's jsonb cannot hold the NUL character; refuse it here rather than fail on insert.
  .refine((data) => !JSON.stringify(data).includes('\\u0000'), 'Answers must not contain NUL characters')
  .describe('Answers as the applicant left them: partial and not validated until submitted');

export const saveDraftBody = z.object({
  formId: formIdQuery.shape.formId,
  revision: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('The revision this save replaces; omit it to create the draft. A stale revision gives 409.'),
  data: answersSchema,
});

export const draftSchema = z
  .object({
    id: z.uuid(),
    formId: z.string(),
    formVersion: z.number().int().describe('The form version the draft was last saved with'),
    revision: z.number().int(),
    data: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Draft' });

export const draftFromLastCaseSchema = z
  .object({
    draft: draftSchema,
    copied: z.array(z.string()).describe('Top-level answer names copied from the last case, in form order'),
    sourceCase: z.object({ id: z.uuid(), caseNumber: z.string(), period: z.string() }),
  })
  .meta({ id: 'DraftFromLastCase' });

/** A 409 about the draft says which revision is current (null when there is no draft any more). */
const draftConflictSchema = problemSchema
  .extend({ currentRevision: z.number().int().nullable() })
  .meta({ id: 'DraftConflictProblem' });

export const draftConflictResponse = {
  description: 'The draft was changed or created elsewhere (stale-draft, draft-exists)',
  content: { 'application/problem+json': { schema: draftConflictSchema } },
};
