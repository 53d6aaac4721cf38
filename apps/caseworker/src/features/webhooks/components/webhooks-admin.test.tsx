// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import { WebhooksRoute } from '../../../app/routes/webhooks';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';

interface Subscription {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

const existing: Subscription = {
  id: '6f1c2b3a-4d5e-4f60-8a71-9b0c1d2e3f40',
  url: 'https://procapita.kommun.se/hooks',
  events: ['case.submitted'],
  active: true,
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-01T08:00:00.000Z',
};

const failedDelivery = {
  id: '0b1c2d3e-4f50-4a61-8b72-9c0d1e2f3a4b',
  eventType: 'case.submitted',
  createdAt: '2026-11-20T09:30:00.000Z',
  status: 'failed',
  attempts: 11,
  lastStatusCode: 503,
  lastError: 'http-status',
  lastAttemptAt: '2026-11-21T02:00:00.000Z',
  deliveredAt: null,
};

let items: Subscription[];
let created: unknown[];
let redelivered: string[];
let listAnswer: () => Response;
mockApi(
  http.get('/api/admin/webhooks', () => listAnswer()),
  http.post('/api/admin/webhooks', async ({ request }) => {
    const body = (await request.json()) as { url: string; events: string[] };
    created.push(body);
    const subscription = { ...existing, id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', ...body };
    items = [subscription, ...items];
    return HttpResponse.json({ subscription, secret: 'whsec_dmlzYXMtYmFyYS1lbi1nYW5n' }, { status: 201 });
  }),
  http.get('/api/admin/webhooks/:subscriptionId/deliveries', () =>
    HttpResponse.json({ items: [failedDelivery], page: 1, pageSize: 25, total: 1 }),
  ),
  http.post('/api/admin/webhooks/deliveries/:deliveryId/redeliver', ({ params }) => {
    redelivered.push(params.deliveryId as string);
    return HttpResponse.json({ ...failedDelivery, status: 'pending' }, { status: 202 });
  }),
);

beforeEach(() => {
  items = [existing];
  created = [];
  redelivered = [];
  listAnswer = () => HttpResponse.json({ items });
});

function renderPage(language: 'sv' | 'en' = 'sv') {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage(language);
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter>
          <WebhooksRoute />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('the webhooks page', () => {
  it('creates a webhook for the chosen events and shows its secret once', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Webhooks' });
    const table = await screen.findByRole('table', { name: 'Kommunens webhooks, den senaste först' });
    const row = within(table).getByRole('row', { name: /procapita\.kommun\.se/ });
    expect(row.textContent).toContain('Nytt ärende');
    expect(row.textContent).toContain('På');

    fireEvent.click(screen.getByRole('button', { name: 'Skapa webhook' }));
    expect(await screen.findByText('Skriv en fullständig adress som börjar med https://.')).toBeTruthy();
    expect(screen.getByText('Välj minst en händelse.')).toBeTruthy();
    expect(created).toEqual([]);

    fireEvent.change(screen.getByLabelText('Adress (URL)', { exact: false }), {
      target: { value: 'https://lifecare.kommun.se/ebistans' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: /Ändrad status/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Meddelande från sökande/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Skapa webhook' }));

    const heading = await screen.findByRole('heading', { name: 'Hemlighet för https://lifecare.kommun.se/ebistans' });
    expect(document.activeElement).toBe(heading);
    expect(created).toEqual([
      { url: 'https://lifecare.kommun.se/ebistans', events: ['case.status_changed', 'message.received'] },
    ]);
    expect(screen.getByLabelText<HTMLInputElement>(/Hemlighet för signaturen/).value).toBe(
      'whsec_dmlzYXMtYmFyYS1lbi1nYW5n',
    );
    expect(screen.getByText(/Den visas bara den här gången/)).toBeTruthy();
    expect(await within(table).findByRole('row', { name: /lifecare\.kommun\.se/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Jag har kopierat hemligheten' }));
    expect(screen.queryByLabelText(/Hemlighet för signaturen/)).toBeNull();
    expect(document.body.textContent).not.toContain('whsec_dmlzYXMtYmFyYS1lbi1nYW5n');
  });

  it('shows the delivery log and sends a failed delivery again', async () => {
    renderPage();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Visa leveranser till https://procapita.kommun.se/hooks' }),
    );
    const heading = await screen.findByRole('heading', { name: 'Leveranser till https://procapita.kommun.se/hooks' });
    expect(document.activeElement).toBe(heading);
    const log = await screen.findByRole('table', { name: 'Leveranser, den senaste först' });
    const row = within(log).getAllByRole('row')[1]!;
    // The status is said in words, not by colour.
    for (const text of ['Nytt ärende', 'Misslyckades', '11', '503', 'Systemet svarade med ett fel']) {
      expect(row.textContent).toContain(text);
    }

    fireEvent.click(within(row).getByRole('button', { name: /^Skicka igen: Nytt ärende/ }));
    expect(await screen.findByText('Nytt ärende skickas igen.')).toBeTruthy();
    expect(redelivered).toEqual([failedDelivery.id]);
  });

  it('speaks English', async () => {
    items = [];
    renderPage('en');
    expect(await screen.findByText('The municipality has no webhooks yet.')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /Supplement received/ })).toBeTruthy();
  });

  it('tells a caseworker who is not an admin that only admins manage webhooks', async () => {
    listAnswer = () =>
      HttpResponse.json(
        { type: 'urn:ebistans:problem:forbidden', title: 'Not allowed', status: 403, requestId: 'r' },
        { status: 403, headers: { 'content-type': 'application/problem+json' } },
      );
    renderPage();
    expect(await screen.findByText('Bara en administratör kan hantera kommunens webhooks.')).toBeTruthy();
  });
});
