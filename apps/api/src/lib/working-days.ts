import { plusDays, startOfSwedishDay, swedishDay } from './swedish-time.js';

/**
 * Swedish working days, for the due time of a case. Days off are weekends, the public holidays that
 * can fall on a weekday, and Midsummer, Christmas and New Year's Eve, which municipal staff have off.
 */

/** Easter Sunday (the anonymous Gregorian algorithm). */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const key = (day: Date) => day.toISOString().slice(0, 10);

const daysOffByYear = new Map<number, Set<string>>();

function daysOff(year: number): Set<string> {
  const cached = daysOffByYear.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  // Midsummer's Eve is the Friday between 19 and 25 June.
  const june19 = new Date(Date.UTC(year, 5, 19));
  const midsummerEve = plusDays(june19, (5 - june19.getUTCDay() + 7) % 7);
  const fixed = ['01-01', '01-06', '05-01', '06-06', '12-24', '12-25', '12-26', '12-31'].map(
    (monthDay) => `${year}-${monthDay}`,
  );
  const movable = [plusDays(easter, -2), plusDays(easter, 1), plusDays(easter, 39), midsummerEve].map(key);
  const days = new Set([...fixed, ...movable]);
  daysOffByYear.set(year, days);
  return days;
}

function isWorkingDay(day: Date): boolean {
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !daysOff(day.getUTCFullYear()).has(key(day));
}

/**
 * When a case submitted at `submittedAt` is due: the end of the `workingDays`-th working day after the
 * day it came in (Swedish time), so a case that arrives on a Friday evening gets the same time as one
 * that arrives on Saturday.
 */
export function dueAfterWorkingDays(submittedAt: Date, workingDays: number): Date {
  let day = swedishDay(submittedAt);
  for (let counted = 0; counted < workingDays;) {
    day = plusDays(day, 1);
    if (isWorkingDay(day)) counted++;
  }
  return startOfSwedishDay(plusDays(day, 1));
}
