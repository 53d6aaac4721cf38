import type { Localized } from '../common/localized.js';

/**
 * Försörjningshinder: why an adult cannot support him- or herself, recorded per adult with every decision
 * for Socialstyrelsen's monthly statistics (DOMAIN.md §3). The values are the 23 a caseworker picks in
 * production today, under their group headings. The codes are our own: Socialstyrelsen's file codes were
 * not available, and Lifecare's numbers are a vendor's, so the export maps these when it is built.
 */
export interface Forsorjningshinder {
  code: string;
  group: Localized;
  label: Localized;
}

const group = {
  partTime: { sv: 'Arbetar deltid, ofrivilligt', en: 'Works part time, involuntarily' },
  fullTime: { sv: 'Arbetar heltid', en: 'Works full time' },
  workObstacle: { sv: 'Arbetshinder', en: 'Obstacle to work' },
  unemployed: { sv: 'Arbetslös', en: 'Unemployed' },
  youth: { sv: 'Ungdom', en: 'Young person' },
  establishment: { sv: 'Etableringsersättning', en: 'Establishment allowance' },
  parentalLeave: { sv: 'Föräldraledig', en: 'On parental leave' },
  pension: { sv: 'Pension', en: 'Pension' },
  childcare: { sv: 'Barnomsorg', en: 'Childcare' },
  sicknessCompensation: { sv: 'Sjuk- eller aktivitetsersättning', en: 'Sickness or activity compensation' },
  sickLeave: { sv: 'Sjukskriven med läkarintyg', en: 'On sick leave with a medical certificate' },
  none: { sv: 'Inget försörjningshinder', en: 'No obstacle' },
} satisfies Record<string, Localized>;

export const FORSORJNINGSHINDER = [
  {
    code: 'part_time_insufficient_income',
    group: group.partTime,
    label: { sv: 'Otillräcklig inkomst', en: 'Insufficient income' },
  },
  {
    code: 'part_time_awaiting_income',
    group: group.partTime,
    label: { sv: 'Väntar på inkomst', en: 'Awaiting income' },
  },
  {
    code: 'full_time_insufficient_income',
    group: group.fullTime,
    label: { sv: 'Otillräcklig inkomst', en: 'Insufficient income' },
  },
  {
    code: 'full_time_awaiting_income',
    group: group.fullTime,
    label: { sv: 'Väntar på inkomst', en: 'Awaiting income' },
  },
  { code: 'social_reasons', group: group.workObstacle, label: { sv: 'Sociala skäl', en: 'Social reasons' } },
  {
    code: 'unemployed_no_benefit',
    group: group.unemployed,
    label: { sv: 'Utan ersättning eller stöd', en: 'No benefit or support' },
  },
  {
    code: 'unemployed_insufficient_benefit',
    group: group.unemployed,
    label: { sv: 'Otillräcklig ersättning eller stöd', en: 'Insufficient benefit or support' },
  },
  {
    code: 'unemployed_awaiting_benefit',
    group: group.unemployed,
    label: { sv: 'Väntar på ersättning eller stöd', en: 'Awaiting benefit or support' },
  },
  {
    code: 'youth_upper_secondary',
    group: group.youth,
    label: {
      sv: 'Ensamkommande 18–20 år som går i gymnasieskolan',
      en: 'Unaccompanied 18–20-year-old in upper-secondary school',
    },
  },
  {
    code: 'establishment_missing',
    group: group.establishment,
    label: { sv: 'Saknas (förmåga under 25 %)', en: 'Missing (capacity below 25 %)' },
  },
  {
    code: 'establishment_insufficient',
    group: group.establishment,
    label: { sv: 'Otillräcklig', en: 'Insufficient' },
  },
  { code: 'establishment_awaiting', group: group.establishment, label: { sv: 'Väntar på', en: 'Awaiting' } },
  {
    code: 'parental_benefit_insufficient',
    group: group.parentalLeave,
    label: { sv: 'Otillräcklig föräldrapenning', en: 'Insufficient parental benefit' },
  },
  {
    code: 'parental_benefit_awaiting',
    group: group.parentalLeave,
    label: { sv: 'Väntar på föräldrapenning', en: 'Awaiting parental benefit' },
  },
  {
    code: 'pension_insufficient',
    group: group.pension,
    label: {
      sv: 'Otillräcklig pension eller äldreförsörjningsstöd',
      en: 'Insufficient pension or maintenance support for the elderly',
    },
  },
  {
    code: 'pension_awaiting',
    group: group.pension,
    label: {
      sv: 'Väntar på pension eller äldreförsörjningsstöd',
      en: 'Awaiting pension or maintenance support for the elderly',
    },
  },
  { code: 'lacks_childcare', group: group.childcare, label: { sv: 'Saknar barnomsorg', en: 'Lacks childcare' } },
  {
    code: 'sickness_compensation_insufficient',
    group: group.sicknessCompensation,
    label: { sv: 'Otillräcklig ersättning', en: 'Insufficient compensation' },
  },
  {
    code: 'sickness_compensation_awaiting',
    group: group.sicknessCompensation,
    label: { sv: 'Väntar på ersättning', en: 'Awaiting compensation' },
  },
  { code: 'sick_no_benefit', group: group.sickLeave, label: { sv: 'Utan sjukpenning', en: 'No sickness benefit' } },
  {
    code: 'sick_insufficient_benefit',
    group: group.sickLeave,
    label: { sv: 'Otillräcklig sjukpenning', en: 'Insufficient sickness benefit' },
  },
  {
    code: 'sick_awaiting_benefit',
    group: group.sickLeave,
    label: { sv: 'Väntar på sjukpenning', en: 'Awaiting sickness benefit' },
  },
  { code: 'none', group: group.none, label: { sv: 'Utan försörjningshinder', en: 'No obstacle to self-support' } },
] as const satisfies readonly Forsorjningshinder[];

export type ForsorjningshinderCode = (typeof FORSORJNINGSHINDER)[number]['code'];

export const FORSORJNINGSHINDER_CODES = FORSORJNINGSHINDER.map((item) => item.code) as [
  ForsorjningshinderCode,
  ...ForsorjningshinderCode[],
];

/** "Arbetslös: Utan ersättning eller stöd", as a decision letter names it. */
export function forsorjningshinderText(code: string, language: keyof Localized = 'sv'): string {
  const found = FORSORJNINGSHINDER.find((item) => item.code === code);
  if (!found) return code;
  return found.code === 'none' ? found.label[language] : `${found.group[language]}: ${found.label[language]}`;
}
