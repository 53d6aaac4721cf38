import { z } from 'zod';
import { inboxSortKeys, sortOrderSchema } from './inbox.schemas.js';

const listColumns = [
  'caseNumber',
  'applicant',
  'period',
  'form',
  'status',
  'submittedAt',
  'dueAt',
  'assignee',
  'externalCaseNumber',
] as const;

export const listSettingsSchema = z
  .object({
    columns: z
      .array(z.enum(listColumns))
      .min(1)
      .max(listColumns.length)
      .refine((columns) => new Set(columns).size === columns.length, 'Each column at most once')
      .describe('The columns shown, in order'),
    sort: z.enum(inboxSortKeys),
    order: sortOrderSchema,
    pageSize: z.number().int().min(10).max(100),
    openInNewTab: z.boolean().describe('Open a case in a new browser tab'),
    showAssigneeAs: z.enum(['name', 'username']).describe('How the list names caseworkers'),
  })
  .meta({ id: 'InboxListSettings' });

export type ListSettings = z.infer<typeof listSettingsSchema>;

export const defaultListSettings: ListSettings = {
  columns: ['caseNumber', 'applicant', 'period', 'status', 'submittedAt', 'dueAt', 'assignee'],
  sort: 'submittedAt',
  order: 'desc',
  pageSize: 25,
  openInNewTab: false,
  showAssigneeAs: 'name',
};
