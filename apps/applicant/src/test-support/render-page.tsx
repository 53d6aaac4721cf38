import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createMemoryRouter, type RouteObject } from 'react-router';
import type { Language } from '@ebistans/schema';
import { createI18n } from '@ebistans/ui';
import en from '../locales/en.json';
import sv from '../locales/sv.json';

interface RenderOptions {
  language?: Language;
  /** Where the router starts, e.g. '/logga-in?kommun=demokommun'. */
  at?: string;
}

/** Renders the app's routes with its texts, a fresh query client (no retries) and a memory router. */
export function renderRoutes(routes: RouteObject[], { language = 'sv', at = '/' }: RenderOptions = {}) {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage(language);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [at] });
  return {
    router,
    queryClient,
    ...render(
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nextProvider>,
    ),
  };
}

/** Renders one part of the app at `/`. */
export function renderPage(element: ReactNode, options: Omit<RenderOptions, 'at'> = {}) {
  return renderRoutes([{ path: '/', element }], options);
}
