// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { TryEService } from './try-e-service';

mockApi(
  http.post('/api/staff/test-mode', () =>
    HttpResponse.json(
      { type: 'urn:ebistans:problem:forbidden', title: 'Forbidden', status: 403, requestId: 'r' },
      { status: 403, headers: { 'content-type': 'application/problem+json' } },
    ),
  ),
);

function renderPage(language: 'sv' | 'en') {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage(language);
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <TryEService />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('Prova e-tjänsten', () => {
  it('says what test mode does before it is started', () => {
    renderPage('sv');
    expect(screen.getByText(/Ansökningar du skickar in blir testärenden/)).toBeTruthy();
    expect(screen.getByText('Du loggas ut från handläggarläget. Logga in igen när du är klar.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Starta testläget' })).toBeTruthy();
  });

  it('explains a refusal in plain words', async () => {
    renderPage('en');
    fireEvent.click(screen.getByRole('button', { name: 'Start test mode' }));
    expect((await screen.findByRole('alert')).textContent).toBe('You do not have permission to see this.');
  });
});
