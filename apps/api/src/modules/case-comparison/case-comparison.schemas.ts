import { z } from 'zod';

export const caseParams = z.object({ caseId: z.uuid() });

const comparisonItemSchema = z
  .object({
    kind: z
      .enum(['field', 'row'])
      .describe('A question, or a list row (a child, an income, a cost…) before its questions'),
    path: z.string().describe('Dotted path in this case, or in the previous one for what was removed'),
    label: z.string(),
    context: z.array(z.string()).describe('The groups and rows the question is in, e.g. ["Barn 2 – Alva Tolvansson"]'),
    status: z.enum(['new', 'changed', 'removed', 'unchanged']),
    before: z.string().nullable().describe('The previous answer as a person reads it; null if none (and for rows)'),
    after: z.string().nullable().describe("This case's answer; null if none (and for rows)"),
  })
  .meta({ id: 'AnswerComparisonItem' });

export const caseChangesSchema = z
  .object({
    previous: z
      .object({
        id: z.uuid(),
        caseNumber: z.string(),
        period: z.string(),
        submittedAt: z.iso.datetime(),
      })
      .nullable()
      .describe('The previous application compared with; null when there is none'),
    sections: z.array(
      z.object({
        stepId: z.string(),
        title: z.string().describe("The form step's title, in Swedish"),
        items: z.array(comparisonItemSchema),
      }),
    ),
  })
  .meta({ id: 'CaseChanges' });
