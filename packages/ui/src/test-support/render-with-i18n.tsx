import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '@ebistans/schema';
import { createI18n } from '../i18n/create-i18n.js';

const appTexts = { serviceName: 'Test', notFound: { toStart: 'Start' } };

/** Renders with the shared `ui.*` texts in the given language, as an app would. */
export function renderWithI18n(ui: ReactNode, language: Language = 'sv') {
  const i18n = createI18n({ sv: appTexts, en: appTexts });
  void i18n.changeLanguage(language);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
