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
import { NewMailingWizard } from './new-mailing-wizard';

const mailingId = '00000000-0000-4000-8000-0000000000a1';
const ticked = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];

let previews: { selection: unknown; channel: string }[];
let created: unknown[];
mockApi(
  http.post('/api/staff/mailings/preview', async ({ request }) => {
    const body = (await request.json()) as { selection: unknown; channel: string };
    previews.push(body);
    return HttpResponse.json({ caseCount: 40, recipientCount: 37, unreachableCount: body.channel === 'email' ? 5 : 0 });
  }),
  http.post('/api/staff/mailings', async ({ request }) => {
    created.push(await request.json());
    return HttpResponse.json({ id: mailingId }, { status: 201 });
  }),
);

beforeEach(() => {
  previews = [];
  created = [];
});

function renderWizard(caseIds: string[] = []) {
  const sent: string[] = [];
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter>
          <NewMailingWizard caseIds={caseIds} onSent={(id) => sent.push(id)} />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return sent;
}

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Nästa' }));

describe('Nytt utskick', () => {
  it('selects by filter, shows the number of recipients, and sends an e-mail after a last look', async () => {
    const sent = renderWizard();
    expect(screen.getByRole('button', { name: 'Nästa' })).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByLabelText(/Blankettversion/), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Inkommet från och med'), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText('Inkommet till och med'), { target: { value: '2026-03-31' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Inskickad' }));
    fireEvent.click(screen.getByRole('button', { name: 'Visa antal mottagare' }));
    expect(await screen.findByText('37 mottagare (40 ärenden).')).toBeTruthy();
    expect(previews[0]!.selection).toEqual({
      kind: 'filter',
      formVersion: 2,
      submittedFrom: '2026-03-01',
      submittedTo: '2026-03-31',
      statuses: ['submitted'],
    });

    next();
    expect(await screen.findByRole('heading', { name: '2. Meddelande' })).toBe(document.activeElement);
    expect(screen.getByText(/Skriv inga personuppgifter/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /^E-post/ }));
    next();
    expect(await screen.findByText('Skriv ett ämne.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Ämne/ }), { target: { value: 'Stängt i midsommar' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Text/ }), { target: { value: 'Kontoret är stängt.' } });
    next();

    expect(await screen.findByText('37 mottagare, varav 5 inte kan nås i kanalen')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Skicka utskicket' }));
    await waitFor(() => expect(sent).toEqual([mailingId]));
    expect(created).toEqual([
      {
        selection: previews[0]!.selection,
        channel: 'email',
        subject: 'Stängt i midsommar',
        body: 'Kontoret är stängt.',
      },
    ]);
  });

  it('offers the cases ticked in the inbox and keeps an SMS within 480 characters', async () => {
    const sent = renderWizard(ticked);
    expect(screen.getByRole('radio', { name: 'Sökande i de 2 markerade ärendena' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: 'Visa antal mottagare' }));
    await screen.findByText('37 mottagare (40 ärenden).');
    expect(previews[0]!.selection).toEqual({ kind: 'cases', caseIds: ticked });
    next();
    await screen.findByRole('heading', { name: '2. Meddelande' });
    fireEvent.click(screen.getByRole('radio', { name: /^SMS/ }));
    fireEvent.change(screen.getByRole('textbox', { name: /^Text/ }), { target: { value: 'x'.repeat(481) } });
    next();
    expect(await screen.findByText('Ett SMS får vara högst 480 tecken.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /^Text/ }), { target: { value: 'Nya öppettider.' } });
    next();
    await screen.findByText('37 mottagare, varav 0 inte kan nås i kanalen');
    fireEvent.click(screen.getByRole('button', { name: 'Skicka utskicket' }));
    await waitFor(() => expect(sent).toEqual([mailingId]));
    expect(created).toEqual([
      { selection: { kind: 'cases', caseIds: ticked }, channel: 'sms', body: 'Nya öppettider.' },
    ]);
  });
});
