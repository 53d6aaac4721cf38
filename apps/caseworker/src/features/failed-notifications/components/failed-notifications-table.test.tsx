// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import { FailedNotificationsRoute } from '../../../app/routes/failed-notifications';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';

const failed = {
  id: '0b7f1c8e-55a1-4a57-9d55-3a0f7c3f1a11',
  recipient: 'applicant',
  event: 'status-changed',
  channel: 'email',
  caseId: '5a1f0b6e-2f7a-4d8e-9a53-1c2b3d4e5f60',
  caseNumber: '2026-0042',
  attempts: 9,
  error: 'connect ECONNREFUSED',
  failedAt: '2026-11-20T08:15:00.000Z',
};

let items: (typeof failed)[];
let retried: string[];
let listAnswer: () => Response;
mockApi(
  http.get('/api/admin/failed-notifications', () => listAnswer()),
  http.post('/api/admin/failed-notifications/:jobId/retry', ({ params }) => {
    retried.push(params.jobId as string);
    items = items.filter((item) => item.id !== params.jobId);
    return new HttpResponse(null, { status: 204 });
  }),
);

beforeEach(() => {
  items = [failed];
  retried = [];
  listAnswer = () => HttpResponse.json({ items });
});

function renderPage(language: 'sv' | 'en' = 'sv') {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage(language);
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter>
          <FailedNotificationsRoute />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('the failed notifications page', () => {
  it('lists a failed notification and sends it again on "Försök igen", after which it is gone', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Misslyckade aviseringar' });
    const table = await screen.findByRole('table', { name: 'Aviseringar som inte gick att skicka, den senaste först' });
    const row = within(table).getByRole('row', { name: /2026-0042/ });
    expect(within(row).getByRole('link', { name: '2026-0042' }).getAttribute('href')).toBe(`/arenden/${failed.caseId}`);
    expect(row.textContent).toContain('E-post till sökande: ärendets status har ändrats');
    expect(row.textContent).toContain('connect ECONNREFUSED');

    fireEvent.click(
      within(row).getByRole('button', { name: 'Försök igen att skicka aviseringen för ärende 2026-0042' }),
    );
    expect(await screen.findByText('Aviseringen för ärende 2026-0042 skickas igen.')).toBeTruthy();
    expect(retried).toEqual([failed.id]);
    expect(await screen.findByText('Det finns inga misslyckade aviseringar.')).toBeTruthy();
  });

  it('says in English when there is nothing to retry', async () => {
    items = [];
    renderPage('en');
    expect(await screen.findByText('There are no failed notifications.')).toBeTruthy();
  });

  it('tells a caseworker who is not an admin that only admins see the page', async () => {
    listAnswer = () =>
      HttpResponse.json(
        { type: 'urn:ebistans:problem:forbidden', title: 'Not allowed', status: 403, requestId: 'r' },
        { status: 403, headers: { 'content-type': 'application/problem+json' } },
      );
    renderPage();
    expect(await screen.findByText('Bara en administratör kan se kommunens misslyckade aviseringar.')).toBeTruthy();
  });
});
