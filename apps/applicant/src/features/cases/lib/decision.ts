import { isRecord } from '@ebistans/schema';

const outcomes = ['granted', 'partly_granted', 'rejected', 'dismissed'] as const;
type DecisionOutcome = (typeof outcomes)[number];

export interface CaseDecision {
  outcome: DecisionOutcome;
  /** Kronor granted for the month, when any. */
  amount: number | undefined;
  /** The caseworker's reasons in words, when given. */
  text: string | undefined;
  decidedAt: string | undefined;
}

function isOutcome(value: unknown): value is DecisionOutcome {
  return outcomes.some((outcome) => outcome === value);
}

/**
 * The decision on a case, once the API sends one with it (`decision`, set by the caseworker's decision
 * work still to come). Read defensively so that a case without a decision, or a shape this version does
 * not know, shows no decision rather than a wrong one.
 */
export function decisionOf(item: object): CaseDecision | undefined {
  const decision: unknown = 'decision' in item ? item.decision : undefined;
  if (!isRecord(decision) || !isOutcome(decision.outcome)) return undefined;
  return {
    outcome: decision.outcome,
    amount: typeof decision.amount === 'number' ? decision.amount : undefined,
    text: typeof decision.text === 'string' && decision.text.trim() !== '' ? decision.text : undefined,
    decidedAt: typeof decision.decidedAt === 'string' ? decision.decidedAt : undefined,
  };
}
