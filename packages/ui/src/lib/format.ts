import type { Language } from '@ebistans/schema';

const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** 5400 → "5 400 kr"; kronor stay kronor in English too, as that is what the amounts are. */
export function formatKronor(amount: number, language: Language): string {
  return `${new Intl.NumberFormat(locales[language]).format(amount)} kr`;
}

/** "2026-12" → "december 2026"; anything else is shown as it is. */
export function formatMonth(period: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return period;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(locales[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An ISO timestamp as date and time in Swedish time, where the service and its users are. */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(iso));
}
