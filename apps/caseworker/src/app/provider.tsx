import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, createQueryClient } from '@ebistans/ui';
import { meQueryKey } from '../features/auth/api/get-me';
import en from '../locales/en.json';
import sv from '../locales/sv.json';

const i18n = createI18n({ sv, en });

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => createQueryClient(meQueryKey));
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}
