import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@ebistans/schema';
import uiEn from './locales/en.json';
import uiSv from './locales/sv.json';

/**
 * Each app brings its own texts; `serviceName` is required because the layout and page titles use it, and
 * `notFound.toStart` because the shared error pages link home with it.
 */
interface AppTranslations {
  serviceName: string;
  notFound: { toStart: string };
  [key: string]: unknown;
}

const storageKey = 'ebistans.language';

function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}

// localStorage throws when the browser blocks storage; the service must still work, in Swedish.
function readSavedLanguage(): Language | undefined {
  try {
    const saved = localStorage.getItem(storageKey);
    return isLanguage(saved) ? saved : undefined;
  } catch {
    return undefined;
  }
}

function saveLanguage(language: string): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // The choice then lasts until the page is reloaded, which is acceptable.
  }
}

/** One i18next instance per app: Swedish by default, English alongside, the shared `ui.*` texts merged in. */
export function createI18n(resources: Record<Language, AppTranslations>): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    saveLanguage(language);
  });
  void instance.use(initReactI18next).init({
    resources: {
      sv: { translation: { ...resources.sv, ui: uiSv } },
      en: { translation: { ...resources.en, ui: uiEn } },
    },
    lng: readSavedLanguage() ?? 'sv',
    fallbackLng: 'sv',
    supportedLngs: ['sv', 'en'],
    interpolation: { escapeValue: false },
    initAsync: false,
    // Otherwise i18next advertises its hosted service in the console of every user and every test.
    showSupportNotice: false,
  });
  return instance;
}
