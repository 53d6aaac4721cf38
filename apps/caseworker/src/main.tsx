import { createRoot } from 'react-dom/client';
import { AppProviders, createI18n, rootElement } from '@ebistans/ui';
import '@ebistans/ui/styles.css';
import { AppRouter } from './app/router';
import en from './locales/en.json';
import sv from './locales/sv.json';

const i18n = createI18n({ sv, en });

createRoot(rootElement()).render(
  <AppProviders i18n={i18n}>
    <AppRouter />
  </AppProviders>,
);
