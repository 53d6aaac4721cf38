import { useTranslation } from 'react-i18next';
import type { Language, Localized } from '@ebistans/schema';

/** The current language, narrowed to the two the service has texts in. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'sv';
}

/** Picks the current language's text from a form definition's `{ sv, en }`. */
export function useLocalized(): (text: Localized) => string {
  const language = useLanguage();
  return (text) => text[language];
}
