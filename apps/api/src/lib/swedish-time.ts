/** Calendar days as Swedish users mean them: a date filter or a due day is a day in Sweden, not in UTC. */
const ZONE = 'Europe/Stockholm';
const DAY_MS = 24 * 60 * 60 * 1000;

/** A date in Swedish, as documents print it: "3 mars 2026". */
export const swedishDateFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: ZONE });

/** A date and time in Swedish, as documents print it: "3 mars 2026 kl. 14:05". */
export const swedishDateTimeFormat = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: ZONE,
});

/** The calendar day (as UTC midnight, so day arithmetic ignores daylight saving time) it is in Sweden at an instant. */
export function swedishDay(instant: Date): Date {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(instant)
    .split('-')
    .map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export const plusDays = (day: Date, days: number) => new Date(day.getTime() + days * DAY_MS);

function swedishOffsetMs(instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0;
}

/**
 * The instant a calendar day (UTC midnight, or YYYY-MM-DD) begins in Sweden. Sweden changes its clocks
 * at night, never at midnight, so the offset at UTC midnight is the offset at Swedish midnight.
 */
export function startOfSwedishDay(day: Date | string): Date {
  const utcMidnight = typeof day === 'string' ? new Date(`${day}T00:00:00Z`) : day;
  return new Date(utcMidnight.getTime() - swedishOffsetMs(utcMidnight));
}
