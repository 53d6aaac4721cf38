import { z } from 'zod';
import { STAFF_SETTABLE_STATUSES } from '../../lib/case-lifecycle.js';
import { caseChannels, caseColours } from '../../db/schema/index.js';
import { caseStatusSchema, myCaseSchema } from '../applications/applications.schemas.js';

/**
 * Obehandlade (submitted, nobody assigned), Förfallna (due time passed while the caseworker has the next
 * move), Mina (assigned to me), Flaggade (flagged by me), Pågående (assigned, not closed or withdrawn), Alla;
 * these six hold neither handed-over nor test cases, which have their own tabs Överlämnade and Testärenden.
 */
export const inboxTabs = ['unassigned', 'overdue', 'mine', 'flagged', 'ongoing', 'all', 'handedOver', 'test'] as const;
export type InboxTab = (typeof inboxTabs)[number];

export const inboxSortKeys = [
  'caseNumber',
  'applicant',
  'period',
  'status',
  'submittedAt',
  'dueAt',
  'assignee',
] as const;
export type InboxSortKey = (typeof inboxSortKeys)[number];

export const sortOrderSchema = z.enum(['asc', 'desc']);

/** Deeper pages cost a scan of every row before them; a search or filter finds old cases faster. */
const MAX_INBOX_OFFSET = 10_000;

export const caseColourSchema = z.enum(caseColours).meta({ id: 'CaseColour' });

export const inboxQuerySchema = z
  .object({
    tab: z.enum(inboxTabs).default('unassigned'),
    search: z
      .string()
      .max(100)
      .optional()
      .describe(
        'A case number (2026-000123), a personnummer or samordningsnummer in any usual form, or the start of ' +
          "the applicant's given and family names",
      ),
    status: z
      .union([caseStatusSchema, z.array(caseStatusSchema).max(10)])
      .optional()
      .describe('One status or several (repeat the parameter)'),
    formId: z.string().min(1).max(100).optional(),
    period: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .optional()
      .describe('The month applied for, YYYY-MM'),
    submittedFrom: z.iso.date().optional().describe('First day submitted, Swedish time'),
    submittedTo: z.iso.date().optional().describe('Last day submitted, Swedish time'),
    sort: z.enum(inboxSortKeys).default('submittedAt'),
    order: sortOrderSchema.default('desc'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
  })
  .refine((query) => (query.page - 1) * query.pageSize < MAX_INBOX_OFFSET, {
    path: ['page'],
    message: `Pages reach at most ${MAX_INBOX_OFFSET} cases deep; search or filter instead`,
  });

const handedOverAtSchema = z.iso
  .datetime()
  .nullable()
  .describe("When the case was marked as taken over by the municipality's case system");

export const assigneeSchema = z
  .object({ id: z.uuid(), name: z.string(), username: z.string() })
  .meta({ id: 'CaseAssignee' });

const inboxItemSchema = z
  .object({
    id: z.uuid(),
    caseNumber: z.string(),
    applicantName: z.string(),
    period: z.string(),
    formId: z.string(),
    status: caseStatusSchema,
    submittedAt: z.iso.datetime(),
    dueAt: z.iso.datetime().nullable(),
    overdue: z.boolean().describe('The due time has passed while the caseworker has the next move'),
    colour: caseColourSchema.nullable(),
    flagged: z.boolean().describe('Flagged by me'),
    externalCaseNumber: z.string().nullable(),
    assignees: z.array(assigneeSchema),
    isTest: z.boolean().describe("Made in the e-service's test mode; not a real application"),
    handedOverAt: handedOverAtSchema,
  })
  .meta({ id: 'InboxItem' });

export const inboxPageSchema = z
  .object({
    items: z.array(inboxItemSchema),
    total: z.number().int().describe('Cases in this tab that match the search and filters'),
    page: z.number().int(),
    pageSize: z.number().int(),
    counts: z
      .object({
        unassigned: z.number().int(),
        overdue: z.number().int(),
        mine: z.number().int(),
        flagged: z.number().int(),
        ongoing: z.number().int(),
        all: z.number().int(),
        handedOver: z.number().int(),
        test: z.number().int(),
      } satisfies Record<InboxTab, z.ZodNumber>)
      .describe('Cases in each tab, without the search and filters'),
  })
  .meta({ id: 'InboxPage' });

export const staffCaseSchema = myCaseSchema
  .extend({
    applicant: z.object({ name: z.string(), personnummer: z.string() }),
    coApplicant: z
      .object({ name: z.string(), personnummer: z.string().nullable() })
      .nullable()
      .describe('The spouse or sambo named in the answers'),
    assignees: z.array(assigneeSchema),
    flagged: z.boolean().describe('Flagged by me'),
    colour: caseColourSchema.nullable(),
    dueAt: z.iso.datetime().nullable(),
    isTest: z.boolean().describe("Made in the e-service's test mode; not a real application"),
    channel: z
      .enum(caseChannels)
      .describe('How the application came in: the e-service, or registered from paper or phone'),
    handedOverAt: handedOverAtSchema.describe(
      'When the case was marked as taken over; from then on it is read-only here (changes answer 409)',
    ),
    deletable: z
      .boolean()
      .describe('The case may be deleted now (DELETE /staff/cases/{caseId}): closed, withdrawn, handed over or a test'),
    statusChanges: z
      .array(z.enum(STAFF_SETTABLE_STATUSES))
      .describe('The statuses I may change the case to now (POST …/status), by the transition table'),
  })
  .meta({ id: 'StaffCase' });
