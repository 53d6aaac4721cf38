import { DECISION_ADULTS, DECISION_OUTCOMES, FORSORJNINGSHINDER_CODES } from '@ebistans/schema';
import { z } from 'zod';

export const caseParams = z.object({ caseId: z.uuid() });

const kronor = z.number().int().min(0).max(10_000_000);

export const decisionOutcomeSchema = z.enum(DECISION_OUTCOMES).meta({ id: 'DecisionOutcome' });

const hindranceCode = z.enum(FORSORJNINGSHINDER_CODES).describe('A försörjningshinder code (DOMAIN.md §3)');

export const hindrancesSchema = z
  .object({ applicant: hindranceCode.optional(), coApplicant: hindranceCode.optional() })
  .describe('Försörjningshinder per adult of the household');

export const decisionBody = z
  .object({
    outcome: decisionOutcomeSchema,
    amount: kronor.nullable().describe('Kronor granted; bifall and delavslag only, null otherwise'),
    motivation: z
      .string()
      .trim()
      .max(4000)
      .nullable()
      .describe('Required for delavslag, avslag and avvisning; shown to the applicant in the decision'),
    costs: z
      .array(z.object({ id: z.string().min(1).max(100), approved: kronor }))
      .max(200)
      .describe('Approved kronor per cost line (by its id in the proposal); a line left out is approved as applied'),
    incomes: z
      .array(z.object({ id: z.string().min(1).max(100), jobStimulus: z.boolean() }))
      .max(200)
      .describe("Jobbstimulans per income (by its id in the proposal); only an adult's salary may have it"),
    hindrances: hindrancesSchema,
  })
  .meta({ id: 'DecisionRequest' });

export type DecisionBody = z.infer<typeof decisionBody>;

const normLineSchema = z.object({
  code: z.enum(['norm.adult', 'norm.couple', 'norm.child', 'norm.common', 'cost', 'income']),
  label: z.string(),
  amount: z.number().int().describe('Costs and norm positive, counted incomes negative: the lines sum to the total'),
});

export const calculationSchema = z
  .object({
    period: z.string(),
    table: z.object({ year: z.number().int(), status: z.string(), source: z.string() }),
    lines: z.array(normLineSchema),
    norm: z.number().int(),
    approvedCosts: z.number().int(),
    countedIncomes: z.number().int(),
    total: z.number().int().describe('May be negative'),
    amount: z.number().int().describe('max(0, total)'),
  })
  .meta({ id: 'NormCalculation' });

export type Calculation = z.infer<typeof calculationSchema>;

const adultSchema = z.object({ adult: z.enum(DECISION_ADULTS), name: z.string() });

/** The calculator's input, so the SPA recomputes with the same function as the server while editing. */
const decisionInputSchema = z
  .object({
    period: z.string(),
    household: z.object({
      adults: z.union([z.literal(1), z.literal(2)]),
      children: z.array(
        z.object({
          birthDate: z.string(),
          daysInHome: z.number().int().optional(),
          lunchAtSchool: z.boolean().optional(),
          youthRateEligible: z.boolean().optional(),
        }),
      ),
    }),
    costs: z.array(z.object({ id: z.string(), type: z.string(), label: z.string(), amount: z.number().int() })),
    incomes: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        label: z.string(),
        amount: z.number().int(),
        personKind: z.enum(['adult', 'child']),
        recipient: z.enum(['applicant', 'co_applicant', 'child']),
      }),
    ),
  })
  .meta({ id: 'DecisionInput' });

export const DECISION_SOURCES = ['staff', 'case-system'] as const;

/** A staff decision carries our calculation; one recorded by the case system carries its own letter instead. */
export const recordedDecisionSchema = z
  .object({
    // Decisions stored before the case system could decide have no source: they are staff decisions.
    source: z
      .enum(DECISION_SOURCES)
      .default('staff')
      .describe("staff: made here on our calculation; case-system: made in the municipality's case system"),
    outcome: decisionOutcomeSchema,
    amount: z.number().int().nullable(),
    motivation: z.string().nullable(),
    period: z
      .object({ from: z.iso.date(), to: z.iso.date() })
      .nullable()
      .default(null)
      .describe("The days the case system's decision covers; null for a staff decision, which covers the case's month"),
    hindrances: z.array(adultSchema.extend({ code: z.string(), text: z.string() })),
    calculation: calculationSchema.nullable().describe('Our norm calculation; null for a case-system decision'),
    costs: z.array(
      z.object({ id: z.string(), label: z.string(), applied: z.number().int(), approved: z.number().int() }),
    ),
    incomes: z.array(
      z.object({ id: z.string(), label: z.string(), amount: z.number().int(), jobStimulus: z.boolean() }),
    ),
    letterDocumentId: z
      .uuid()
      .nullable()
      .default(null)
      .describe("The case system's decision letter (a PDF document of the case); null when we render the letter"),
    decidedAt: z.iso.datetime(),
    decidedBy: z
      .object({ id: z.uuid(), name: z.string() })
      .describe('The caseworker, or for a case-system decision the integration client and "Verksamhetssystemet"'),
  })
  .meta({ id: 'RecordedDecision' });

export type RecordedDecision = z.infer<typeof recordedDecisionSchema>;

export const decisionProposalSchema = z
  .object({
    caseId: z.uuid(),
    input: decisionInputSchema
      .nullable()
      .describe('Null when the answers have no period with a norm table: nothing to calculate'),
    calculation: calculationSchema.nullable().describe('The calculation with every cost approved as applied'),
    adults: z.array(adultSchema).describe('The adults a försörjningshinder is recorded for'),
    decision: recordedDecisionSchema.nullable().describe('The decision, once recorded'),
    canDecide: z
      .boolean()
      .describe(
        'Whether the caller may record a decision now: a caseworker (not an assistant), a case not handed over and a status that allows it',
      ),
  })
  .meta({ id: 'DecisionProposal' });

export const myDecisionSchema = z
  .object({
    decision: z
      .object({
        outcome: decisionOutcomeSchema,
        amount: z.number().int().nullable(),
        motivation: z.string().nullable(),
        period: z
          .object({ from: z.iso.date(), to: z.iso.date() })
          .nullable()
          .describe("The days a case-system decision covers; null for a staff decision, which covers the case's month"),
        decidedAt: z.iso.datetime(),
      })
      .nullable()
      .describe('Null until a decision is recorded'),
  })
  .meta({ id: 'MyDecision' });
