import { useTranslation } from 'react-i18next';
import { formatDateTime, useLanguage } from '@ebistans/ui';
import type { Language } from '@ebistans/schema';
import { useAnswers } from '../hooks/use-answers';

const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "10:42" today, the date as well on another day (a draft resumed the next morning). */
function savedTime(iso: string, language: Language, now = new Date()): string {
  const day = (date: Date) => date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
  if (day(new Date(iso)) !== day(now)) return formatDateTime(iso, language);
  return new Intl.DateTimeFormat(locales[language], { timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(
    new Date(iso),
  );
}

/**
 * Whether the answers are saved, as a polite status. It says "Sparar …" only before the first save and
 * otherwise changes only when the saved minute does, so a screen reader is not interrupted while typing.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { savedAt, pending, problem } = useAnswers();
  let text: string;
  if (problem === 'failed') text = t('application.save.failed');
  else if (problem === 'conflict') text = t('application.save.notSaved');
  else if (savedAt) text = t('application.save.saved', { time: savedTime(savedAt, language) });
  else text = pending ? t('application.save.saving') : t('application.save.automatic');
  return (
    <p className={problem ? 'save-status save-status--problem' : 'save-status'} role="status">
      {text}
    </p>
  );
}
