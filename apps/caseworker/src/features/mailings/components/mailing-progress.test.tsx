// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { MailingProgress } from './mailing-progress';

const mailingId = '00000000-0000-4000-8000-0000000000a1';
const failedCase = '00000000-0000-4000-8000-000000000003';

/** The delivery as the API reports it on each poll: under way, then done with one failure. */
const polls = [
  { pending: 3, sent: 1, skipped: 0, failed: 0 },
  { pending: 0, sent: 3, skipped: 0, failed: 1 },
];
let asked = 0;
mockApi(
  http.get(`/api/staff/mailings/${mailingId}`, () => {
    const progress = polls[Math.min(asked, polls.length - 1)]!;
    asked += 1;
    const finished = progress.pending === 0;
    return HttpResponse.json({
      id: mailingId,
      channel: 'sms',
      subject: null,
      body: 'Nya öppettider.',
      createdByName: 'Hanna Handläggare',
      recipientCount: 4,
      progress,
      selection: { kind: 'filter' },
      createdAt: '2026-11-21T09:00:00.000Z',
      finishedAt: finished ? '2026-11-21T09:01:00.000Z' : null,
      failures: finished
        ? [{ caseId: failedCase, caseNumber: '2026-000003', status: 'failed', errorCode: 'send-failed' }]
        : [],
    });
  }),
);

describe('a mailing being delivered', () => {
  it('follows the progress until it is done, then lists the recipient it failed for', async () => {
    const i18n = createI18n({ sv, en });
    void i18n.changeLanguage('sv');
    render(
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          <MemoryRouter>
            <MailingProgress mailingId={mailingId} />
          </MemoryRouter>
        </QueryClientProvider>
      </I18nextProvider>,
    );
    expect(await screen.findByText('Skickar … 1 av 4 klara.')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Skickat' }).getAttribute('value')).toBe('1');

    await screen.findByText('Klart: alla 4 mottagare är hanterade.', undefined, { timeout: 5000 });
    expect(screen.getByText('1 misslyckades')).toBeTruthy();
    const failures = screen.getByRole('table', { name: 'Mottagare som inte nåddes' });
    const row = within(failures).getByRole('row', { name: /2026-000003/ });
    expect(within(row).getByRole('link', { name: '2026-000003' }).getAttribute('href')).toBe(`/arenden/${failedCase}`);
    expect(within(row).getByText('Kunde inte skickas')).toBeTruthy();
  });
});
