import type { Localized } from '../common/localized.js';
import type { AdjustmentIssueCode } from './decision-input.js';
import { FORSORJNINGSHINDER_CODES } from './forsorjningshinder.js';

/** The outcomes of a decision on economic assistance (DOMAIN.md §1.5 item 7). */
export const DECISION_OUTCOMES = ['bifall', 'delavslag', 'avslag', 'avvisning'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const DECISION_OUTCOME_TEXT: Record<DecisionOutcome, Localized> = {
  bifall: { sv: 'Bifall', en: 'Granted' },
  delavslag: { sv: 'Delavslag', en: 'Partly granted' },
  avslag: { sv: 'Avslag', en: 'Refused' },
  avvisning: { sv: 'Avvisning', en: 'Dismissed' },
};

/** The adults a försörjningshinder is recorded for (§3: per individual, not per household). */
export const DECISION_ADULTS = ['applicant', 'coApplicant'] as const;
export type DecisionAdult = (typeof DECISION_ADULTS)[number];

export interface DecisionChoice {
  outcome: DecisionOutcome;
  /** Kronor granted for the month; only bifall and delavslag grant anything. */
  amount: number | null;
  motivation: string | null;
  hindrances: Partial<Record<DecisionAdult, string>>;
}

export interface DecisionFacts {
  /** The recomputed calculation's amount. */
  proposed: number;
  /** Every cost approved as applied for. */
  allCostsApproved: boolean;
  /** The adults of the household. */
  adults: readonly DecisionAdult[];
}

export type DecisionIssueCode =
  | AdjustmentIssueCode
  | 'decision_outcome_required'
  | 'decision_nothing_to_grant'
  | 'decision_bifall_with_reductions'
  | 'decision_delavslag_without_reduction'
  | 'decision_amount_required'
  | 'decision_amount_not_allowed'
  | 'decision_amount_not_proposed'
  | 'decision_amount_above_calculation'
  | 'decision_motivation_required'
  | 'decision_hindrance_required'
  | 'decision_hindrance_invalid'
  | 'decision_hindrance_no_such_adult';

/** The texts of the issues, in Swedish for the API's problem and in both languages for the caseworker's SPA. */
export const decisionMessages: Record<DecisionIssueCode, Localized> = {
  decision_unknown_line: {
    sv: 'Raden finns inte i ärendets beräkning. Ladda om sidan.',
    en: "The line is not in the case's calculation. Reload the page.",
  },
  decision_approved_invalid: {
    sv: 'Ange godkänt belopp i hela kronor, 0 eller mer.',
    en: 'Enter the approved amount in whole kronor, 0 or more.',
  },
  decision_approved_above_applied: {
    sv: 'Godkänt belopp kan inte vara högre än det sökta.',
    en: 'The approved amount cannot be higher than the amount applied for.',
  },
  decision_job_stimulus_not_salary: {
    sv: 'Jobbstimulans gäller bara en vuxens lön.',
    en: "The job stimulus applies only to an adult's salary.",
  },
  decision_outcome_required: { sv: 'Välj vad du beslutar.', en: 'Choose what you decide.' },
  decision_nothing_to_grant: {
    sv: 'Beräkningen ger inget belopp att bevilja. Välj avslag eller avvisning.',
    en: 'The calculation gives no amount to grant. Choose refused or dismissed.',
  },
  decision_bifall_with_reductions: {
    sv: 'Du har godkänt mindre än det sökta på någon rad. Välj delavslag.',
    en: 'You have approved less than applied for on a line. Choose partly granted.',
  },
  decision_delavslag_without_reduction: {
    sv: 'Allt sökt är godkänt och beloppet är det beräknade. Välj bifall, eller godkänn mindre på någon rad.',
    en: 'Everything applied for is approved and the amount is the calculated one. Choose granted, or approve less on a line.',
  },
  decision_amount_required: {
    sv: 'Ange beviljat belopp i hela kronor, mer än 0.',
    en: 'Enter the granted amount in whole kronor, more than 0.',
  },
  decision_amount_not_allowed: {
    sv: 'Ett avslag eller en avvisning har inget belopp. Ta bort beloppet.',
    en: 'A refusal or a dismissal has no amount. Remove the amount.',
  },
  decision_amount_not_proposed: {
    sv: 'Vid bifall ska beloppet vara det beräknade. Välj delavslag för ett lägre belopp.',
    en: 'When granted, the amount must be the calculated one. Choose partly granted for a lower amount.',
  },
  decision_amount_above_calculation: {
    sv: 'Beloppet kan inte vara högre än det beräknade.',
    en: 'The amount cannot be higher than the calculated one.',
  },
  decision_motivation_required: {
    sv: 'Skriv en motivering. Den behövs vid delavslag, avslag och avvisning.',
    en: 'Write the reasons. They are needed when partly granted, refused or dismissed.',
  },
  decision_hindrance_required: {
    sv: 'Välj försörjningshinder.',
    en: 'Choose the obstacle to self-support.',
  },
  decision_hindrance_invalid: {
    sv: 'Välj ett försörjningshinder i listan.',
    en: 'Choose an obstacle to self-support from the list.',
  },
  decision_hindrance_no_such_adult: {
    sv: 'Ansökan har ingen medsökande.',
    en: 'The application has no co-applicant.',
  },
};

const knownHindrance = (code: string) => (FORSORJNINGSHINDER_CODES as readonly string[]).includes(code);

/**
 * Whether the decision hangs together with the recomputed calculation: bifall grants exactly the calculated
 * amount with every cost approved; delavslag grants something up to it, with something cut; avslag and
 * avvisning grant nothing. Everything but bifall needs reasons. Each adult gets a försörjningshinder,
 * except when the application is dismissed unheard (avvisning).
 */
export function decisionIssues(
  choice: DecisionChoice,
  facts: DecisionFacts,
): { path: string; code: DecisionIssueCode }[] {
  const issues: { path: string; code: DecisionIssueCode }[] = [];
  const grants = choice.outcome === 'bifall' || choice.outcome === 'delavslag';
  if (grants && facts.proposed <= 0) issues.push({ path: 'outcome', code: 'decision_nothing_to_grant' });
  if (choice.outcome === 'bifall' && !facts.allCostsApproved) {
    issues.push({ path: 'outcome', code: 'decision_bifall_with_reductions' });
  }
  if (grants && facts.proposed > 0) {
    const { amount } = choice;
    if (amount === null || !Number.isInteger(amount) || amount <= 0) {
      issues.push({ path: 'amount', code: 'decision_amount_required' });
    } else if (choice.outcome === 'bifall' && amount !== facts.proposed) {
      issues.push({ path: 'amount', code: 'decision_amount_not_proposed' });
    } else if (amount > facts.proposed) {
      issues.push({ path: 'amount', code: 'decision_amount_above_calculation' });
    } else if (choice.outcome === 'delavslag' && facts.allCostsApproved && amount === facts.proposed) {
      issues.push({ path: 'outcome', code: 'decision_delavslag_without_reduction' });
    }
  }
  if (!grants && choice.amount !== null) issues.push({ path: 'amount', code: 'decision_amount_not_allowed' });
  if (choice.outcome !== 'bifall' && !choice.motivation?.trim()) {
    issues.push({ path: 'motivation', code: 'decision_motivation_required' });
  }
  for (const adult of DECISION_ADULTS) {
    const code = choice.hindrances[adult];
    const path = `hindrances.${adult}`;
    if (!facts.adults.includes(adult)) {
      if (code !== undefined) issues.push({ path, code: 'decision_hindrance_no_such_adult' });
    } else if (code === undefined || code === '') {
      if (choice.outcome !== 'avvisning') issues.push({ path, code: 'decision_hindrance_required' });
    } else if (!knownHindrance(code)) {
      issues.push({ path, code: 'decision_hindrance_invalid' });
    }
  }
  return issues;
}
