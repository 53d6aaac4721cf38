// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import { IntegrationClientsRoute } from '../../../app/routes/integration-clients';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';

interface Client {
  id: string;
  name: string;
  scopes: string[];
  secretLast4: string;
  createdAt: string;
  rotatedAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

const existing: Client = {
  id: '6f1c2b3a-4d5e-4f60-8a71-9b0c1d2e3f40',
  name: 'Procapita',
  scopes: ['cases:read'],
  secretLast4: 'AbCd',
  createdAt: '2026-11-01T08:00:00.000Z',
  rotatedAt: null,
  revokedAt: null,
  lastUsedAt: '2026-11-20T09:30:00.000Z',
};

let items: Client[];
let created: unknown[];
let listAnswer: () => Response;
mockApi(
  http.get('/api/admin/integration-clients', () => listAnswer()),
  http.post('/api/admin/integration-clients', async ({ request }) => {
    const body = (await request.json()) as { name: string; scopes: string[] };
    created.push(body);
    const client = {
      ...existing,
      id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      ...body,
      secretLast4: 'wxyz',
      lastUsedAt: null,
    };
    items = [client, ...items];
    return HttpResponse.json({ client, clientSecret: 'ny-hemlighet-som-visas-en-gang-wxyz' }, { status: 201 });
  }),
  http.post('/api/admin/integration-clients/:clientId/rotate', ({ params }) => {
    const client = { ...items.find((item) => item.id === params.clientId)!, secretLast4: 'QRST' };
    items = items.map((item) => (item.id === client.id ? client : item));
    return HttpResponse.json({ client, clientSecret: 'bytt-hemlighet-QRST' });
  }),
  http.post('/api/admin/integration-clients/:clientId/revoke', ({ params }) => {
    items = items.map((item) =>
      item.id === params.clientId ? { ...item, revokedAt: '2026-11-22T10:00:00.000Z' } : item,
    );
    return HttpResponse.json(items.find((item) => item.id === params.clientId));
  }),
);

beforeEach(() => {
  items = [existing];
  created = [];
  listAnswer = () => HttpResponse.json({ items });
});

function renderPage(language: 'sv' | 'en' = 'sv') {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage(language);
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter>
          <IntegrationClientsRoute />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('the API clients page', () => {
  it('creates a client with the chosen scopes and shows its secret once, with a warning', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'API-klienter' });
    const table = await screen.findByRole('table', { name: 'Kommunens API-klienter, den senaste först' });
    const row = within(table).getByRole('row', { name: /Procapita/ });
    expect(row.textContent).toContain('Läsa ärenden');
    expect(row.textContent).toContain('…AbCd');

    fireEvent.click(screen.getByRole('button', { name: 'Skapa API-klient' }));
    expect(await screen.findByText('Skriv ett namn.')).toBeTruthy();
    expect(screen.getByText('Välj minst en behörighet.')).toBeTruthy();
    expect(created).toEqual([]);

    fireEvent.change(screen.getByLabelText('Namn'), { target: { value: 'Lifecare' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Läsa ärenden/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Skicka meddelanden/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Skapa API-klient' }));

    const heading = await screen.findByRole('heading', { name: 'Hemlighet för Lifecare' });
    expect(document.activeElement).toBe(heading);
    expect(created).toEqual([{ name: 'Lifecare', scopes: ['cases:read', 'messages:write'] }]);
    expect(screen.getByLabelText<HTMLInputElement>(/Hemlighet \(client_secret\)/).value).toBe(
      'ny-hemlighet-som-visas-en-gang-wxyz',
    );
    expect(screen.getByLabelText<HTMLInputElement>(/Klient-id/).value).toBe('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
    expect(screen.getByText(/Den visas bara den här gången/)).toBeTruthy();
    expect(await within(table).findByRole('row', { name: /Lifecare/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Jag har kopierat hemligheten' }));
    expect(screen.queryByText('ny-hemlighet-som-visas-en-gang-wxyz')).toBeNull();
    expect(screen.queryByLabelText(/Hemlighet \(client_secret\)/)).toBeNull();
  });

  it('replaces the secret and revokes a client only after confirming', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: 'Kommunens API-klienter, den senaste först' });
    const row = within(table).getByRole('row', { name: /Procapita/ });

    fireEvent.click(within(row).getByRole('button', { name: 'Byt hemlighet' }));
    fireEvent.click(await within(row).findByRole('button', { name: 'Ja, byt hemlighet' }));
    await screen.findByRole('heading', { name: 'Hemlighet för Procapita' });
    expect(screen.getByLabelText<HTMLInputElement>(/Hemlighet \(client_secret\)/).value).toBe('bytt-hemlighet-QRST');

    fireEvent.click(within(row).getByRole('button', { name: 'Återkalla' }));
    expect(within(row).getByText(/Återkalla Procapita\? .*Det går inte att ångra/)).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Avbryt' }));
    expect(items[0]!.revokedAt).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: 'Återkalla' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Ja, återkalla' }));
    expect(await screen.findByText('Procapita är återkallad.')).toBeTruthy();
    expect(await within(row).findByText(/^Återkallad/)).toBeTruthy();
    expect(within(row).queryByRole('button', { name: 'Byt hemlighet' })).toBeNull();
  });

  it('speaks English', async () => {
    items = [];
    renderPage('en');
    expect(await screen.findByText('The municipality has no API clients yet.')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /Update cases/ })).toBeTruthy();
  });

  it('tells a caseworker who is not an admin that only admins manage API clients', async () => {
    listAnswer = () =>
      HttpResponse.json(
        { type: 'urn:ebistans:problem:forbidden', title: 'Not allowed', status: 403, requestId: 'r' },
        { status: 403, headers: { 'content-type': 'application/problem+json' } },
      );
    renderPage();
    expect(await screen.findByText('Bara en administratör kan hantera kommunens API-klienter.')).toBeTruthy();
  });
});
