import { DECISION_OUTCOMES, MONTHLY_APPLICATION_FORM_ID, exampleMonthlyApplication } from '@ebistans/schema';
import { z } from 'zod';
import { caseChannels, caseStatuses } from '../../db/schema/index.js';
import { manualChannels } from '../manual-cases/manual-cases.schemas.js';

const timestamp = z.iso.datetime({ offset: true });
const period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .describe('The month applied for, YYYY-MM');

const personnummer = z
  .string()
  .max(20)
  .describe(
    'Personnummer or samordningsnummer with 10 or 12 digits, with or without separator; sent in the body to keep ' +
      'it out of URLs and access logs. An invalid number is refused with 422 `validation`.',
  );

export const lookupApplicantBody = z
  .object({ personnummer })
  .meta({ examples: [{ personnummer: '19121212-1212' }, { personnummer: '191212121212' }] });

/** A decision as stored on the case, read for its summary; the rest (motivation, calculation …) is left out. */
export const storedDecisionSummary = z.object({
  outcome: z.enum(DECISION_OUTCOMES),
  amount: z.number().int().nullable(),
  decidedAt: timestamp,
});

const decisionSummarySchema = storedDecisionSummary.extend({
  outcome: z.enum(DECISION_OUTCOMES).describe('bifall, delavslag, avslag or avvisning'),
  amount: z.number().int().nullable().describe('Kronor granted; null for avslag and avvisning'),
});

export const applicantCaseSchema = z.object({
  id: z.uuid(),
  caseNumber: z.string().describe('The e-service\'s case number, e.g. "2026-000123"'),
  status: z.enum(caseStatuses),
  channel: z.enum(caseChannels).describe('web: submitted in the e-service; paper/phone: registered manually'),
  formId: z.string().describe(`The form the answers follow, e.g. "${MONTHLY_APPLICATION_FORM_ID}"`),
  formVersion: z.number().int(),
  period,
  submittedAt: timestamp,
  externalCaseNumber: z.string().nullable().describe("The case's number in the municipality's case system"),
  decision: decisionSummarySchema.nullable().describe('The recorded decision, null until decided'),
});

const example = {
  personnummer: '191212121212',
  cases: [
    {
      id: '6f1d3c9e-6a51-4a53-9a1f-0d4f5a0e8b21',
      caseNumber: '2026-000123',
      status: 'submitted',
      channel: 'web',
      formId: MONTHLY_APPLICATION_FORM_ID,
      formVersion: 2,
      period: '2026-12',
      submittedAt: '2026-11-20T08:15:00.000Z',
      externalCaseNumber: null,
      decision: null,
    },
    {
      id: '2a7c1f0e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
      caseNumber: '2026-000098',
      status: 'decided',
      channel: 'paper',
      formId: MONTHLY_APPLICATION_FORM_ID,
      formVersion: 2,
      period: '2026-11',
      submittedAt: '2026-10-21T09:40:00.000Z',
      externalCaseNumber: 'VIVA-4711',
      decision: { outcome: 'bifall', amount: 8450, decidedAt: '2026-10-28T13:05:00.000Z' },
    },
  ],
  lastDecision: {
    caseId: '2a7c1f0e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
    period: '2026-11',
    outcome: 'bifall',
    amount: 8450,
    decidedAt: '2026-10-28T13:05:00.000Z',
  },
};

export const applicantLookupSchema = z
  .object({
    personnummer: z.string().describe('The number looked up, as 12 digits'),
    cases: z
      .array(applicantCaseSchema)
      .describe("The person's cases in your municipality, newest first; empty when there are none"),
    lastDecision: decisionSummarySchema
      .extend({ caseId: z.uuid(), period })
      .nullable()
      .describe('The most recent decision among the cases, with its case; null when none is decided'),
  })
  .meta({
    id: 'IntegrationApplicantLookup',
    examples: [example, { personnummer: '191212121212', cases: [], lastDecision: null }],
  });

export const createManualCaseBody = z
  .object({
    personnummer: personnummer.describe(
      'The applicant, who must have an applicant account in your municipality (422 `no-applicant-account` ' +
        'otherwise); 10 or 12 digits, with or without separator',
    ),
    formId: z.string().min(1).max(100).describe(`The application form, e.g. "${MONTHLY_APPLICATION_FORM_ID}"`),
    formVersion: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe("The form's version; the current one when left out (only the current one is accepted)"),
    channel: z.enum(manualChannels).describe('How the application came in'),
    answers: z
      .record(z.string(), z.unknown())
      .describe('The answers as the form version defines them, checked exactly as a submission in the e-service'),
    period: period
      .optional()
      .describe('The month applied for, YYYY-MM; fills in `answers.period`, and must agree with it if both are given'),
  })
  .refine(
    (body) => body.period === undefined || body.answers.period === undefined || body.answers.period === body.period,
    { path: ['period'], message: 'period and answers.period differ' },
  )
  .meta({
    examples: [
      {
        personnummer: '19121212-1212',
        formId: MONTHLY_APPLICATION_FORM_ID,
        channel: 'paper',
        period: '2026-12',
        answers: (({ period: _period, ...answers }) => answers)(exampleMonthlyApplication('2026-12')),
      },
    ],
  });

export const manualCaseCreatedSchema = z
  .object({
    id: z.uuid(),
    caseNumber: z.string(),
    status: z.enum(caseStatuses),
    channel: z.enum(manualChannels),
  })
  .meta({
    id: 'IntegrationManualCase',
    examples: [
      { id: '6f1d3c9e-6a51-4a53-9a1f-0d4f5a0e8b21', caseNumber: '2026-000124', status: 'submitted', channel: 'paper' },
    ],
  });
