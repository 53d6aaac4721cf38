/**
 * The monthly norm calculation (normberäkning, DOMAIN.md §1.5): riksnorm for the household +
 * approved reasonable costs − counted net incomes. Pure functions, whole kronor, every line explained
 * in plain Swedish so that the result can be shown to the applicant and in the decision.
 */
import {
  commonCostFor,
  normTableFor,
  parsePeriod,
  type AgeGroup,
  type NormTable,
  type NormTableStatus,
} from './tables.js';

export interface NormChild {
  /** `YYYY-MM-DD`. The age group is decided by the age on the first day of the period. */
  birthDate: string;
  /** Days this month the child lives in this home (växelvis boende / umgänge); default the whole month. */
  daysInHome?: number;
  /** Eats lunch at förskola/school 5 days/week: the lower "without lunch" rate for ages 0–6, where known. */
  lunchAtSchool?: boolean;
  /**
   * Ages 19–20 only: lives at home, still in upper-secondary school and the parents are obliged to
   * support him/her (§1.1). Otherwise the adult single rate is used.
   */
  youthRateEligible?: boolean;
}

export interface NormHousehold {
  /** 1 = one adult; 2 = two adults living together as spouses/registered partners/sambor (couple rate). */
  adults: 1 | 2;
  children?: readonly NormChild[];
}

export interface NormCost {
  /** Machine-readable kind, e.g. `rent`, `electricity`, `home_insurance`. */
  type: string;
  /** Swedish label shown in the calculation, e.g. "Hyra". */
  label: string;
  /** Applied-for amount, whole kronor. */
  amount: number;
  /** Amount approved by the caseworker; defaults to the applied amount. */
  approved?: number;
}

export interface NormIncome {
  /** Machine-readable kind; `salary` = net income from employment (the only kind the disregards apply to). */
  type: string;
  /** Swedish label shown in the calculation, e.g. "Sjukpenning". */
  label: string;
  /** Net amount (after tax), whole kronor. */
  amount: number;
  personKind: 'adult' | 'child';
  /** Jobbstimulans (§1.4): 25 % of an adult's net salary is disregarded. Only for `type: 'salary'`. */
  jobStimulus?: boolean;
}

export interface NormOptions {
  /**
   * Children's and school youths' own earnings (`personKind: 'child'`, `type: 'salary'`) are disregarded up
   * to one prisbasbelopp per calendar year (§1.4). The caller keeps track of the year and passes how much of
   * that allowance is left for this month; it is used up in the order the incomes are listed. Default 0:
   * nothing is disregarded. `childEarningsDisregarded` in the result tells the caller how much was used.
   */
  childEarningsDisregardRemaining?: number;
  /** Caseworker override of the household size used for the common costs ("anpassad hushållsstorlek"). */
  householdSizeOverride?: number;
  /** Norm tables to choose from (e.g. administrator-confirmed tables); default the shipped tables. */
  tables?: readonly NormTable[];
}

export type NormLineCode = 'norm.adult' | 'norm.couple' | 'norm.child' | 'norm.common' | 'cost' | 'income';

export interface NormLine {
  code: NormLineCode;
  /** Plain Swedish explanation of the line. */
  label: string;
  /** Whole kronor; costs and norm are positive, counted incomes negative, so the lines sum to `total`. */
  amount: number;
}

export interface NormResult {
  period: string;
  table: { year: number; status: NormTableStatus; source: string };
  lines: NormLine[];
  /** Σ personal costs (adults and children, pro-rated). */
  personalCosts: number;
  commonCost: number;
  householdSize: number;
  approvedCosts: number;
  /** Incomes after the disregards, as a positive sum. */
  countedIncomes: number;
  /** How much of `childEarningsDisregardRemaining` this month used. */
  childEarningsDisregarded: number;
  /** personalCosts + commonCost. */
  norm: number;
  /** norm + approvedCosts − countedIncomes (may be negative). */
  total: number;
  /** Amount to pay: max(0, total). */
  amount: number;
  outcome: 'bifall' | 'avslag';
}

const JOB_STIMULUS_SHARE = 0.25;

const AGE_GROUP_TEXT: Record<AgeGroup, string> = {
  '0': '0 år',
  '1-2': '1–2 år',
  '3': '3 år',
  '4-6': '4–6 år',
  '7-10': '7–10 år',
  '11-14': '11–14 år',
  '15-18': '15–18 år',
  '19-20': '19–20 år',
};

/** `12345` → `12 345`, the Swedish way of grouping thousands. */
export function formatKronor(amount: number): string {
  const sign = amount < 0 ? '−' : '';
  return `${sign}${String(Math.abs(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kr`;
}

function assertKronor(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${what}: beloppet ska vara hela kronor, 0 eller mer (fick ${value}).`);
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseDate(value: string, what: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`${what}: ogiltigt datum "${value}", ange ÅÅÅÅ-MM-DD.`);
  }
  return { year, month, day };
}

/** Age in whole years on `on`. */
function ageOn(
  birth: { year: number; month: number; day: number },
  on: { year: number; month: number; day: number },
): number {
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}

export function ageGroupFor(age: number): AgeGroup {
  if (age < 1) return '0';
  if (age <= 2) return '1-2';
  if (age === 3) return '3';
  if (age <= 6) return '4-6';
  if (age <= 10) return '7-10';
  if (age <= 14) return '11-14';
  if (age <= 18) return '15-18';
  if (age <= 20) return '19-20';
  throw new RangeError(`Ett barn i hushållet ska vara under 21 år (är ${age} år).`);
}

function isPreschoolGroup(group: AgeGroup): group is '0' | '1-2' | '3' | '4-6' {
  return group === '0' || group === '1-2' || group === '3' || group === '4-6';
}

/**
 * Calculates försörjningsstöd for one month.
 *
 * - Norm = personal costs per member (age on the first day of the period; children pro-rated by days in the
 *   home, rounded to whole kronor) + common costs for the household size (adults + children who live in the
 *   home at least one day; a child living partly in the home counts as a member, §1.1).
 * - + approved reasonable costs; − net incomes after the jobbstimulans and children's-earnings disregards.
 * - `total > 0` → bifall with `amount = total`; otherwise avslag with amount 0.
 */
export function calculateEntitlement(
  household: NormHousehold,
  costs: readonly NormCost[],
  incomes: readonly NormIncome[],
  period: string,
  options: NormOptions = {},
): NormResult {
  const { year, month } = parsePeriod(period);
  const table = normTableFor(period, options.tables);
  const monthDays = daysInMonth(year, month);
  const firstDay = { year, month, day: 1 };
  const lines: NormLine[] = [];

  // 1. Personal costs, adults.
  if (household.adults !== 1 && household.adults !== 2) {
    throw new RangeError(`Hushållet ska ha en eller två vuxna (fick ${String(household.adults)}).`);
  }
  if (household.adults === 1) {
    lines.push({ code: 'norm.adult', label: 'Riksnorm, ensamstående vuxen', amount: table.single });
  } else {
    lines.push({ code: 'norm.couple', label: 'Riksnorm, två vuxna (gifta/sambor)', amount: table.couple });
  }

  // 2. Personal costs, children, pro-rated by days in the home.
  let childrenInHome = 0;
  (household.children ?? []).forEach((child, index) => {
    const what = `Barn ${index + 1}`;
    const birth = parseDate(child.birthDate, what);
    const lastDay = `${period}-${String(monthDays).padStart(2, '0')}`;
    if (child.birthDate > lastDay) {
      throw new RangeError(`${what}: födelsedatum ${child.birthDate} är efter perioden ${period}.`);
    }
    const days = child.daysInHome ?? monthDays;
    if (!Number.isInteger(days) || days < 0 || days > monthDays) {
      throw new RangeError(`${what}: dagar i hemmet ska vara ett heltal 0–${monthDays} för ${period} (fick ${days}).`);
    }
    // A child born during the period is 0 years old; its days in the home are given by the caller.
    const age = Math.max(0, ageOn(birth, firstDay));
    const group = ageGroupFor(age);

    let rate = table.children[group];
    let label = `Barn ${AGE_GROUP_TEXT[group]}`;
    if (group === '19-20' && !child.youthRateEligible) {
      rate = table.single;
      label =
        'Ungdom 19–20 år, vuxennorm (ungdomsnorm bara för hemmavarande gymnasieelev som föräldrarna ska försörja)';
    } else if (group === '19-20') {
      label = 'Ungdom 19–20 år, bor hemma och går i gymnasiet';
    } else if (child.lunchAtSchool && isPreschoolGroup(group)) {
      const withoutLunch = table.childrenWithoutLunch?.[group];
      if (withoutLunch !== undefined) {
        rate = withoutLunch;
        label += ', äter lunch i förskola/skola';
      } else {
        label += `, äter lunch i förskola/skola (lägre belopp saknas i ${table.year} års tabell, fullt belopp)`;
      }
    }
    if (days !== monthDays) label += `, ${days} av ${monthDays} dagar`;
    if (days > 0) childrenInHome += 1;
    lines.push({ code: 'norm.child', label, amount: Math.round((rate * days) / monthDays) });
  });

  // 3. Household-common costs.
  const countedSize = household.adults + childrenInHome;
  const householdSize = options.householdSizeOverride ?? countedSize;
  const commonCost = commonCostFor(table, householdSize);
  const persons = householdSize === 1 ? '1 person' : `${householdSize} personer`;
  lines.push({
    code: 'norm.common',
    label:
      `Gemensamma hushållskostnader, ${persons}` +
      (options.householdSizeOverride !== undefined && householdSize !== countedSize
        ? ` (anpassad hushållsstorlek, beräknat ${countedSize})`
        : ''),
    amount: commonCost,
  });

  const personalCosts = lines.filter((line) => line.code !== 'norm.common').reduce((sum, line) => sum + line.amount, 0);
  const norm = personalCosts + commonCost;

  // 4. Approved reasonable costs.
  let approvedCosts = 0;
  for (const cost of costs) {
    assertKronor(cost.amount, cost.label);
    const approved = cost.approved ?? cost.amount;
    assertKronor(approved, `${cost.label} (godkänt)`);
    approvedCosts += approved;
    lines.push({
      code: 'cost',
      label:
        approved === cost.amount
          ? cost.label
          : `${cost.label} (ansökt ${formatKronor(cost.amount)}, godkänt ${formatKronor(approved)})`,
      amount: approved,
    });
  }

  // 5. Net incomes after disregards.
  let disregardLeft = options.childEarningsDisregardRemaining ?? 0;
  assertKronor(disregardLeft, 'Fribelopp för barns arbetsinkomst');
  let countedIncomes = 0;
  let childEarningsDisregarded = 0;
  for (const income of incomes) {
    assertKronor(income.amount, income.label);
    let counted = income.amount;
    let label = income.label;
    if (income.jobStimulus) {
      if (income.type !== 'salary' || income.personKind !== 'adult') {
        throw new RangeError(`${income.label}: jobbstimulans gäller bara en vuxens lön (type 'salary').`);
      }
      const disregarded = Math.round(income.amount * JOB_STIMULUS_SHARE);
      counted = income.amount - disregarded;
      label += ` (25 % jobbstimulans avräknas: ${formatKronor(disregarded)} av ${formatKronor(income.amount)} räknas inte)`;
    } else if (income.personKind === 'child' && income.type === 'salary') {
      const disregarded = Math.min(income.amount, disregardLeft);
      disregardLeft -= disregarded;
      childEarningsDisregarded += disregarded;
      counted = income.amount - disregarded;
      label +=
        disregarded > 0
          ? ` (barns arbetsinkomst, ${formatKronor(disregarded)} av ${formatKronor(income.amount)} räknas inte – fribelopp upp till ett prisbasbelopp per år)`
          : ' (barns arbetsinkomst, inget fribelopp kvar för året)';
    }
    countedIncomes += counted;
    lines.push({ code: 'income', label, amount: -counted });
  }

  const total = norm + approvedCosts - countedIncomes;
  return {
    period,
    table: { year: table.year, status: table.status, source: table.source },
    lines,
    personalCosts,
    commonCost,
    householdSize,
    approvedCosts,
    countedIncomes,
    childEarningsDisregarded,
    norm,
    total,
    amount: Math.max(0, total),
    outcome: total > 0 ? 'bifall' : 'avslag',
  };
}
