// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import { NewApplicantRoute } from '../../../app/routes/applicants-new';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';

const createdId = '00000000-0000-4000-8000-0000000000a1';
let sent: unknown[];
const server = mockApi(
  http.post('/api/staff/applicants', async ({ request }) => {
    sent.push(await request.json());
    return HttpResponse.json({ id: createdId, initialPassword: 'k7mp-2xq9-tw4h-b8nc' }, { status: 201 });
  }),
);

beforeEach(() => {
  sent = [];
});

function renderPage(language: 'sv' | 'en' = 'sv') {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage(language);
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter>
          <NewApplicantRoute />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });

function fillValid() {
  type(/^Personnummer eller samordningsnummer/, '19121212-1212');
  type(/^Förnamn/, 'Tolvan');
  type(/^Efternamn/, 'Tolvansson');
  type(/^Mobilnummer/, '070-123 45 67');
}

describe('creating an applicant account', () => {
  it('says what to fix at each field and in a summary that takes focus, without calling the API', async () => {
    renderPage();
    type(/^Personnummer eller samordningsnummer/, '19121212-1213');
    type(/^E-postadress/, 'inte en adress');
    fireEvent.click(screen.getByRole('button', { name: 'Skapa konto' }));
    const summary = await screen.findByRole('alert');
    // Focus moves in an effect after the summary renders.
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(summary.textContent).toContain('Ange ett giltigt personnummer med 12 siffror');
    expect(summary.textContent).toContain('Förnamn Fyll i det här fältet.');
    expect(summary.textContent).toContain('Ange en e-postadress som namn@exempel.se.');
    expect(screen.getByRole('textbox', { name: /^Efternamn/ }).getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
  });

  it('shows the initial password once with what to do with it', async () => {
    renderPage();
    fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Skapa konto' }));
    const heading = await screen.findByRole('heading', { name: 'Kontot är skapat' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('k7mp-2xq9-tw4h-b8nc')).toBeTruthy();
    expect(screen.getByText('Lösenordet visas bara nu.')).toBeTruthy();
    expect(screen.getByText(/Skriv ner det eller ge det direkt till den sökande/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gå till den sökandes sida' }).getAttribute('href')).toBe(
      `/sokande/${createdId}`,
    );
    expect(screen.queryByRole('button', { name: 'Skapa konto' })).toBeNull();
    expect(sent).toEqual([
      {
        personnummer: '19121212-1212',
        givenName: 'Tolvan',
        familyName: 'Tolvansson',
        mobile: '070-123 45 67',
        email: '',
      },
    ]);
  });

  it('puts a 409 from the API at the personnummer field, in English too', async () => {
    server.use(
      http.post('/api/staff/applicants', () =>
        HttpResponse.json(
          {
            type: 'urn:ebistans:problem:conflict',
            title: 'Conflicts with existing data',
            status: 409,
            requestId: 'r1',
            errors: [{ path: 'personnummer', code: 'applicant_exists', message: 'Det finns redan …' }],
          },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    renderPage('en');
    type(/^Personal identity or coordination number/, '19121212-1212');
    type(/^Given name/, 'Tolvan');
    type(/^Family name/, 'Tolvansson');
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(
      'The municipality already has an applicant with this personal identity number. Search for the person instead.',
    );
    expect(
      screen.getByRole('textbox', { name: /^Personal identity or coordination number/ }).getAttribute('aria-invalid'),
    ).toBe('true');
  });
});
