// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { ManualCaseWizard } from './manual-case-wizard';

const applicant = {
  id: '00000000-0000-4000-8000-0000000000a1',
  personnummer: '191212121212',
  name: 'Tolvan Tolvansson',
  deactivated: false,
};

let searched: unknown[];
const server = mockApi(
  http.post('/api/staff/manual-cases/applicant-search', async ({ request }) => {
    searched.push(await request.json());
    return HttpResponse.json(applicant);
  }),
);

beforeEach(() => {
  searched = [];
});

function renderWizard() {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter>
          <main>
            <ManualCaseWizard />
          </main>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

const personnummerField = () => screen.getByRole('textbox', { name: /^Den sökandes personnummer/ });

function search(value: string) {
  fireEvent.change(personnummerField(), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Sök sökande' }));
}

describe('registering a paper or phone application', () => {
  it('refuses an invalid number at the field without asking the API', () => {
    renderWizard();
    search('19121212-1213');
    expect(screen.getByText('Ange ett giltigt personnummer eller samordningsnummer med 12 siffror.')).toBeTruthy();
    expect(personnummerField().getAttribute('aria-invalid')).toBe('true');
    expect(searched).toEqual([]);
  });

  it('sends a person without an account to Hantera sökande', async () => {
    server.use(
      http.post('/api/staff/manual-cases/applicant-search', () =>
        HttpResponse.json(
          { type: 'urn:ebistans:problem:not-found', title: 'Not found', status: 404, requestId: 'r' },
          { status: 404, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    renderWizard();
    search('19121212-1212');
    const create = await screen.findByRole('link', { name: 'Skapa sökande' });
    expect(create.getAttribute('href')).toBe('/sokande/ny');
    expect(screen.getByRole('status').textContent).toContain('Det finns ingen sökande med det numret i kommunen.');
  });

  it('after the applicant, asks for the channel, then shows the form’s first step with the applicant named', async () => {
    renderWizard();
    search('121212-1212');
    expect(await screen.findByText('Tolvan Tolvansson')).toBeTruthy();
    expect(searched).toEqual([{ personnummer: '121212-1212' }]);
    expect(screen.getByText('19121212-1212')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Fyll i ansökan' }));
    expect(screen.getByText('Välj om ansökan kom på papper eller per telefon.')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Papper' }));
    fireEvent.click(screen.getByRole('button', { name: 'Fyll i ansökan' }));
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).not.toBe('Registrera ärende från papper eller telefon');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/^Registrerar .* för Tolvan Tolvansson, 19121212-1212$/)).toBeTruthy();
    expect(screen.getByText(/^Steg 1 av \d+$/)).toBeTruthy();

    // Back from the first step keeps the choices made.
    fireEvent.click(screen.getByRole('button', { name: 'Tillbaka' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Registrera ärende från papper eller telefon' }),
    ).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Papper' }).checked).toBe(true);
  });
});
