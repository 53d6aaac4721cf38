import type { Language } from '@ebistans/schema';

const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** An ISO timestamp as date and time in Swedish time, where the service and its users are. */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(iso));
}

/**
 * The last day to handle a case. The API gives the moment the case becomes overdue, midnight after that
 * day in Swedish time; "5 december kl. 00:00" would read as a day too late, so the day before is shown.
 */
export function formatDueDay(dueAt: string, language: Language): string {
  const lastMoment = new Date(Date.parse(dueAt) - 1);
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(
    lastMoment,
  );
}
