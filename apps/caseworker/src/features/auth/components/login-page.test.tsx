// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import { LoginRoute } from '../../../app/routes/login';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';

const caseLink = '/arenden/00000000-0000-4000-8000-0000000000c5';
const providers = [
  {
    municipality: { slug: 'sundsvall', name: 'Sundsvalls kommun' },
    buttonLabel: 'Sundsvalls konto',
    startPath: '/api/auth/staff/sso/sundsvall/start',
  },
  {
    municipality: { slug: 'ange', name: 'Ånge kommun' },
    buttonLabel: null,
    startPath: '/api/auth/staff/sso/ange/start',
  },
];

const server = mockApi(http.get('/api/auth/staff/sso/providers', () => HttpResponse.json({ items: providers })));

function Where() {
  const location = useLocation();
  return <p data-testid="where">{`${location.pathname}${location.search} ${JSON.stringify(location.state)}`}</p>;
}

function renderLogin(at: string) {
  const i18n = createI18n({ sv, en });
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter initialEntries={[at]}>
          <Routes>
            <Route path="/logga-in" element={<LoginRoute />} />
            <Route path="*" element={<Where />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('the caseworker login page', () => {
  it("offers each municipality's single sign-on, keeping the case link to open afterwards", async () => {
    renderLogin(`/logga-in?till=${encodeURIComponent(caseLink)}`);
    const own = await screen.findByRole('link', { name: 'Logga in med Sundsvalls konto' });
    expect(own.getAttribute('href')).toBe(
      `/api/auth/staff/sso/sundsvall/start?returnTo=${encodeURIComponent(caseLink)}`,
    );
    expect(screen.getByRole('link', { name: 'Logga in via Ånge kommun' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Logga in med användarnamn och lösenord' })).toBeTruthy();
  });

  it('shows only the municipality named by ?kommun=, and drops a return address outside the app', async () => {
    renderLogin('/logga-in?kommun=ange&till=%2F%2Fevil.example');
    const link = await screen.findByRole('link', { name: 'Logga in via Ånge kommun' });
    expect(link.getAttribute('href')).toBe('/api/auth/staff/sso/ange/start');
    expect(screen.queryByRole('link', { name: 'Logga in med Sundsvalls konto' })).toBeNull();
  });

  it('explains in Swedish why a single sign-on failed', async () => {
    renderLogin('/logga-in?sso=unknown-user');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Ditt konto hos kommunen är inte kopplat till något handläggarkonto',
    );
  });

  it('goes to the code-list step when the API asks for a numbered code, with the case link along', async () => {
    server.use(
      http.get('/api/auth/staff/sso/providers', () => HttpResponse.json({ items: [] })),
      http.post('/api/auth/staff/login', () =>
        HttpResponse.json({
          challengeId: '00000000-0000-4000-8000-0000000000d1',
          channel: 'code_list',
          codeNumber: 17,
        }),
      ),
    );
    renderLogin(`/logga-in?till=${encodeURIComponent(caseLink)}`);
    fireEvent.change(screen.getByRole('textbox', { name: /^Användarnamn/ }), { target: { value: 'anna' } });
    fireEvent.change(screen.getByLabelText(/^Lösenord/), { target: { value: 'hemligt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fortsätt' }));
    const where = await screen.findByTestId('where');
    expect(where.textContent).toContain(`/logga-in/kodlista?till=${encodeURIComponent(caseLink)}`);
    expect(where.textContent).toContain('"codeNumber":17');
    expect(screen.queryByRole('heading', { name: 'Logga in med kommunens konto' })).toBeNull();
  });
});
