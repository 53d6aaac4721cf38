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
