import { ageOn, parseIdentityNumber } from '../common/personnummer.js';
import type { CheckContext, CrossFieldCheck, FieldIssue, FormData } from '../common/form-definition.js';
import { adultActivities, group, hasCoApplicant, integer, rows, strings, text } from './answers.js';

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Months since year 0, so periods can be compared and counted. */
function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

function periodIndex(data: FormData): number | undefined {
  const match = PERIOD.exec(text(data, 'period') ?? '');
  return match ? monthIndex(Number(match[1]), Number(match[2])) : undefined;
}

/** Today's month in Sweden, whatever the server's time zone. */
function currentMonthIndex(today: Date): number {
  const [year, month] = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
  })
    .format(today)
    .split('-')
    .map(Number);
  return monthIndex(year ?? 0, month ?? 1);
}

function firstDayOf(index: number): Date {
  return new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));
}

function daysInMonth(index: number): number {
  return new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function check(
  code: string,
  description: string,
  find: (data: FormData, context: CheckContext) => string[],
): CrossFieldCheck {
  return {
    code,
    description,
    run: (data, context): FieldIssue[] => find(data, context).map((path) => ({ path, code })),
  };
}

export const periodNotTooFarAhead = check(
  'period_too_far_ahead',
  'Man kan söka för innevarande eller nästa månad, inte längre fram.',
  (data, { today }) => {
    const period = periodIndex(data);
    return period !== undefined && period > currentMonthIndex(today) + 1 ? ['period'] : [];
  },
);

export const periodNotTooOld = check(
  'period_too_old',
  'Bistånd ges inte retroaktivt; äldre än förra månaden är troligen ett felval.',
  (data, { today }) => {
    const period = periodIndex(data);
    return period !== undefined && period < currentMonthIndex(today) - 1 ? ['period'] : [];
  },
);

/** Answers that name the co-applicant, when civil status says there is none. */
export const coApplicantOnlyWhenMarriedOrSambo = check(
  'co_applicant_not_in_household',
  'Svar som gäller medsökande när sökande är ensamstående.',
  (data) => {
    if (hasCoApplicant(data)) return [];
    const paths: string[] = [];
    if (data.contractHolder === 'co_applicant' || data.contractHolder === 'both') paths.push('contractHolder');
    const named = (list: string, field: string) =>
      rows(data, list).forEach((row, index) => {
        if (row[field] === 'co_applicant') paths.push(`${list}.${index}.${field}`);
      });
    named('incomes', 'recipient');
    named('pendingBenefits', 'appliedBy');
    named('assets', 'owner');
    return paths;
  },
);

export const childOnlyWithChildren = check(
  'child_not_in_household',
  'En inkomst eller tillgång som tillhör ett barn, men inga barn är angivna.',
  (data) => {
    if (rows(data, 'children').length > 0) return [];
    const paths: string[] = [];
    rows(data, 'incomes').forEach(
      (row, index) => row.recipient === 'child' && paths.push(`incomes.${index}.recipient`),
    );
    rows(data, 'assets').forEach((row, index) => row.owner === 'child' && paths.push(`assets.${index}.owner`));
    return paths;
  },
);

export const childrenUnder21 = check(
  'child_too_old',
  'Barn räknas till hushållet till och med 20 år; äldre anges som andra i bostaden.',
  (data) => {
    const period = periodIndex(data);
    if (period === undefined) return [];
    return rows(data, 'children').flatMap((child, index) => {
      const parsed = parseIdentityNumber(text(child, 'personnummer') ?? '');
      return parsed && ageOn(parsed.birthDate, firstDayOf(period)) >= 21 ? [`children.${index}.personnummer`] : [];
    });
  },
);

export const childDaysWithinMonth = check('child_days_exceed_month', 'Fler dagar än månaden har.', (data) => {
  const period = periodIndex(data);
  if (period === undefined) return [];
  return rows(data, 'children').flatMap((child, index) => {
    const days = integer(child, 'daysPerMonth');
    return days !== undefined && days <= 31 && days > daysInMonth(period) ? [`children.${index}.daysPerMonth`] : [];
  });
});

/**
 * Växelvis boende means some days here and some there; umgänge means the child lives mostly with the
 * other parent. Days that contradict the arrangement are the most common error in children's rows.
 */
export const childDaysMatchArrangement = check(
  'child_days_inconsistent',
  'Dagarna stämmer inte med hur barnet bor (växelvis: några men inte alla dagar; umgänge: högst halva månaden).',
  (data) => {
    const period = periodIndex(data);
    const monthDays = period === undefined ? 31 : daysInMonth(period);
    return rows(data, 'children').flatMap((child, index) => {
      const days = integer(child, 'daysPerMonth');
      if (days === undefined || days > monthDays) return [];
      const arrangement = child.livingArrangement;
      const wrong =
        (arrangement === 'alternating' && (days === 0 || days === monthDays)) ||
        (arrangement === 'visiting' && days > monthDays / 2);
      return wrong ? [`children.${index}.daysPerMonth`] : [];
    });
  },
);

/** The same person twice: a child entered twice, or a child's number given as the co-applicant's. */
export const peopleOnce = check('person_duplicate', 'Samma personnummer förekommer två gånger.', (data, context) => {
  const seen = new Set<string>();
  const applicant = context.applicantIdentityNumber && parseIdentityNumber(context.applicantIdentityNumber);
  if (applicant) seen.add(applicant.normalized);
  const paths: string[] = [];
  const visit = (value: string | undefined, path: string) => {
    const parsed = parseIdentityNumber(value ?? '');
    if (!parsed) return;
    if (seen.has(parsed.normalized)) paths.push(path);
    seen.add(parsed.normalized);
  };
  visit(text(group(data, 'coApplicant') ?? {}, 'personnummer'), 'coApplicant.personnummer');
  rows(data, 'children').forEach((child, index) =>
    visit(text(child, 'personnummer'), `children.${index}.personnummer`),
  );
  return paths;
});

export const costTypesOnce = check(
  'cost_duplicate',
  'Samma kostnad på två rader (utom "annan kostnad"); beloppen ska läggas ihop.',
  (data) => {
    const seen = new Set<string>();
    return rows(data, 'costs').flatMap((cost, index) => {
      const type = text(cost, 'type');
      if (!type || type === 'other') return [];
      const duplicate = seen.has(type);
      seen.add(type);
      return duplicate ? [`costs.${index}.type`] : [];
    });
  },
);

export const noFullTimeWorkWhileFullySick = check(
  'activity_conflict',
  'Heltidsarbete och heltidssjukskrivning samtidigt för samma person.',
  (data) =>
    adultActivities(data).flatMap(({ path, activity }) => {
      const chosen = strings(activity, 'activities');
      const conflict =
        chosen.includes('work') &&
        chosen.includes('sick_leave') &&
        activity.workExtent === 'full_time' &&
        activity.sickLeavePercent === '100';
      return conflict ? [`${path}.sickLeavePercent`] : [];
    }),
);

function reversed(from: string | undefined, to: string | undefined): boolean {
  return from !== undefined && to !== undefined && DATE.test(from) && DATE.test(to) && from > to;
}

export const dateRangesInOrder = check('date_range_reversed', 'Ett slutdatum före startdatumet.', (data) => {
  const paths: string[] = [];
  if (reversed(text(data, 'awayFrom'), text(data, 'awayTo'))) paths.push('awayTo');
  for (const { path, activity } of adultActivities(data)) {
    rows(activity, 'plannedActivities').forEach((planned, index) => {
      if (reversed(text(planned, 'from'), text(planned, 'to'))) paths.push(`${path}.plannedActivities.${index}.to`);
    });
  }
  return paths;
});

/** Incomes are those of the last two months and the month applied for; older dates are usually typos. */
export const incomeDatesNearPeriod = check(
  'income_date_out_of_range',
  'Inkomstdatum mer än två månader före eller efter den sökta månaden.',
  (data) => {
    const period = periodIndex(data);
    if (period === undefined) return [];
    const earliest = isoDate(firstDayOf(period - 2));
    const latest = isoDate(new Date(firstDayOf(period + 1).getTime() - 86_400_000));
    return rows(data, 'incomes').flatMap((income, index) => {
      const date = text(income, 'receivedOn');
      return date && DATE.test(date) && (date < earliest || date > latest) ? [`incomes.${index}.receivedOn`] : [];
    });
  },
);

/** The checks every full application (monthly and new) runs. */
export const householdChecks: readonly CrossFieldCheck[] = [
  periodNotTooFarAhead,
  periodNotTooOld,
  coApplicantOnlyWhenMarriedOrSambo,
  childOnlyWithChildren,
  childrenUnder21,
  childDaysWithinMonth,
  childDaysMatchArrangement,
  peopleOnce,
  costTypesOnce,
  noFullTimeWorkWhileFullySick,
  dateRangesInOrder,
  incomeDatesNearPeriod,
];
