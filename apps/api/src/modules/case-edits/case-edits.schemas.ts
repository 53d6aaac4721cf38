import { z } from 'zod';

export const caseParams = z.object({ caseId: z.uuid() });

const reasonMessage = 'Skriv varför uppgifterna ändras.';

export const editAnswersBody = z.object({
  data: z
    .record(z.string(), z.unknown())
    .describe("All the answers, checked by the case's form version as at submission"),
  reason: z
    .string({ message: reasonMessage })
    .trim()
    .min(1, { message: reasonMessage })
    .max(2000, { message: 'Skriv högst 2 000 tecken.' })
    .describe('Why the answers are changed; in the case history'),
});

export const answerChangeSchema = z
  .object({
    path: z.string().describe('Dotted path of the answer, e.g. "children.1.school"'),
    label: z.string().describe('The question with the row it is in, in Swedish ("Barn 2 – Alva – Skola")'),
    before: z.string().nullable().describe('The answer as a person reads it; null when there was none'),
    after: z.string().nullable(),
  })
  .meta({ id: 'AnswerChange' });

export type AnswerChange = z.infer<typeof answerChangeSchema>;

export const editedAnswersSchema = z
  .object({
    data: z.record(z.string(), z.unknown()).describe('The answers now'),
    changes: z.array(answerChangeSchema),
  })
  .meta({ id: 'EditedAnswers' });

export const answerEditsSchema = z
  .object({
    originalData: z
      .record(z.string(), z.unknown())
      .nullable()
      .describe('The answers as the applicant submitted them; null while nobody has edited them'),
    edits: z.array(
      z.object({
        id: z.uuid(),
        at: z.iso.datetime(),
        by: z.object({ id: z.uuid(), name: z.string() }),
        reason: z.string(),
        changes: z.array(answerChangeSchema),
      }),
    ),
  })
  .meta({ id: 'AnswerEdits' });
