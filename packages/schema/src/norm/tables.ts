/**
 * Riksnormen (the national standard amount for ekonomiskt bistånd) as yearly data.
 *
 * Source of truth: docs DOMAIN.md §1.1–§1.2. Each table records where its numbers come from and
 * whether they are verified against a published table ('verified') or computed by uprating the
 * previous year's sub-items until an administrator copies the official table ('derived').
 * All amounts are whole kronor per month.
 */

/** Age groups of the riksnorm's personal costs for children and youths. */
export type AgeGroup = '0' | '1-2' | '3' | '4-6' | '7-10' | '11-14' | '15-18' | '19-20';

/** Age groups that have a lower "without lunch 5 days/week" rate (lunch at förskola/school). */
export type PreschoolAgeGroup = '0' | '1-2' | '3' | '4-6';

export const AGE_GROUPS: readonly AgeGroup[] = ['0', '1-2', '3', '4-6', '7-10', '11-14', '15-18', '19-20'];

export type NormTableStatus = 'verified' | 'derived';

export interface NormTable {
  year: number;
  /** First day the table applies, `YYYY-01-01`. */
  effectiveFrom: string;
  status: NormTableStatus;
  /** Where the numbers come from (and, for derived tables, how they were derived). */
  source: string;
  /** Personal costs per child/youth, "with lunch" (all meals at home). */
  children: Record<AgeGroup, number>;
  /** "Without lunch 5 days/week" rates for ages 0–6, where known. */
  childrenWithoutLunch?: Partial<Record<PreschoolAgeGroup, number>>;
  /** Personal costs, one adult living alone (or as his/her own case). */
  single: number;
  /** Personal costs, two adults together (spouses, registered partners, sambor). */
  couple: number;
  /** Household-common costs for 1, 2, … 7 persons. */
  common: readonly [number, number, number, number, number, number, number];
  /** Added to the 7-person common cost for every further person (the 6→7 difference, §1.1). */
  extraPerson: number;
}

const DERIVED_METHOD =
  'Härledd av ebistans (DOMAIN.md §1.2 [D]): 2023 års delposter uppräknade med regeringens procentsats ' +
  '(2024 +8,7 %, 2025 +2,8 %, 2026 +0,7 %) och avrundade till närmaste 10 kr. Ersätts med den officiella ' +
  'tabellen (SFS / Socialstyrelsen) när en administratör har bekräftat den.';

export const NORM_TABLES: readonly NormTable[] = [
  {
    year: 2023,
    effectiveFrom: '2023-01-01',
    status: 'verified',
    source:
      'Riksnormen 2023 enligt Ängelholms kommuns webbsida (engelholm.se) ("fr.o.m. 2023-01-01"). Gemensamma kostnader för ' +
      '2 personer satt till 1 250 kr (sidans delposter 220 + 1 030; sidans summa 1 150 är ett tryckfel).',
    children: {
      '0': 2420,
      '1-2': 2700,
      '3': 2410,
      '4-6': 2700,
      '7-10': 3380,
      '11-14': 3890,
      '15-18': 4390,
      '19-20': 4430,
    },
    single: 3490,
    couple: 6300,
    common: [1130, 1250, 1580, 1790, 2060, 2330, 2510],
    extraPerson: 180,
  },
  {
    year: 2024,
    effectiveFrom: '2024-01-01',
    status: 'derived',
    source: DERIVED_METHOD,
    children: {
      '0': 2640,
      '1-2': 2920,
      '3': 2620,
      '4-6': 2930,
      '7-10': 3670,
      '11-14': 4230,
      '15-18': 4760,
      '19-20': 4810,
    },
    single: 3790,
    couple: 6850,
    common: [1230, 1360, 1720, 1940, 2240, 2530, 2730],
    extraPerson: 200,
  },
  {
    year: 2025,
    effectiveFrom: '2025-01-01',
    status: 'derived',
    source: `${DERIVED_METHOD} Kontroll mot 2026 års officiella summor tyder på att tabellen kan ligga 10 kr för lågt på vissa rader.`,
    children: {
      '0': 2710,
      '1-2': 3000,
      '3': 2690,
      '4-6': 3020,
      '7-10': 3770,
      '11-14': 4340,
      '15-18': 4890,
      '19-20': 4940,
    },
    single: 3900,
    couple: 7040,
    common: [1270, 1400, 1770, 1990, 2300, 2600, 2810],
    extraPerson: 210,
  },
  {
    year: 2026,
    effectiveFrom: '2026-01-01',
    status: 'derived',
    source:
      `${DERIVED_METHOD} Ensamstående 3 940 kr (Sundsvalls testdata "Riksnorm 2026"; metoden ger 3 930) och ` +
      'sambor 7 100 kr stämmer med regeringens officiella summor 5 220 kr (ensamstående) och 8 510 kr (sambor).',
    children: {
      '0': 2730,
      '1-2': 3010,
      '3': 2700,
      '4-6': 3030,
      '7-10': 3800,
      '11-14': 4370,
      '15-18': 4930,
      '19-20': 4980,
    },
    single: 3940,
    couple: 7100,
    common: [1280, 1410, 1780, 2000, 2310, 2610, 2830],
    extraPerson: 220,
  },
];

const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Parses a period `YYYY-MM`; throws on anything else. */
export function parsePeriod(period: string): { year: number; month: number } {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) {
    throw new RangeError(`Ogiltig period "${period}": ange år och månad som ÅÅÅÅ-MM.`);
  }
  return { year: Number(match[1]), month: Number(match[2]) };
}

/**
 * The norm table in force in a period (`YYYY-MM`): the table with the latest effective-from date on
 * or before the first day of the month. The riksnorm is set per calendar year, so a period whose
 * year has no table of its own is an error rather than a silent fallback to last year's amounts.
 */
export function normTableFor(period: string, tables: readonly NormTable[] = NORM_TABLES): NormTable {
  parsePeriod(period);
  const firstDay = `${period}-01`;
  let inForce: NormTable | undefined;
  for (const table of tables) {
    if (table.effectiveFrom <= firstDay && (!inForce || table.effectiveFrom > inForce.effectiveFrom)) {
      inForce = table;
    }
  }
  if (!inForce) {
    const earliest = tables.reduce<string | undefined>(
      (min, table) => (min === undefined || table.effectiveFrom < min ? table.effectiveFrom : min),
      undefined,
    );
    throw new RangeError(
      `Det finns ingen riksnormtabell för ${period}` +
        (earliest ? `; den tidigaste tabellen gäller från ${earliest}.` : '.'),
    );
  }
  if (inForce.year !== Number(period.slice(0, 4))) {
    throw new RangeError(
      `Det finns ingen riksnormtabell för ${period.slice(0, 4)} (senaste tabellen gäller ${inForce.year}); ` +
        'en administratör behöver lägga in årets tabell.',
    );
  }
  return inForce;
}

/** Household-common costs for a household of `size` persons (1 or more). */
export function commonCostFor(table: NormTable, size: number): number {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`Ogiltig hushållsstorlek ${size}: minst 1 person.`);
  }
  if (size <= 7) return table.common[size - 1] as number;
  return table.common[6] + (size - 7) * table.extraPerson;
}
