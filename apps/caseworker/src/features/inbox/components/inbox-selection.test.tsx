// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import { InboxRoute } from '../../../app/routes/inbox';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';

const first = '00000000-0000-4000-8000-000000000001';
const second = '00000000-0000-4000-8000-000000000002';
const item = (id: string, caseNumber: string) => ({
  id,
  caseNumber,
  applicantName: 'Testa Sökande',
  period: '2026-03',
  formId: 'monthly',
  status: 'submitted',
  submittedAt: '2026-03-01T09:00:00.000Z',
  dueAt: null,
  overdue: false,
  colour: null,
  flagged: false,
  externalCaseNumber: null,
  assignees: [],
  isTest: false,
  handedOverAt: null,
});
const counts = { unassigned: 2, overdue: 0, mine: 0, flagged: 0, ongoing: 2, all: 2, handedOver: 0, test: 0 };

let changes: unknown[];
mockApi(
  http.get('/api/staff/me/list-settings', () =>
    HttpResponse.json({
      columns: ['caseNumber', 'applicant', 'status'],
      sort: 'submittedAt',
      order: 'desc',
      pageSize: 25,
      openInNewTab: false,
      showAssigneeAs: 'name',
    }),
  ),
  http.get('/api/staff/cases', () =>
    HttpResponse.json({
      items: [item(first, '2026-000001'), item(second, '2026-000002')],
      total: 2,
      page: 1,
      pageSize: 25,
      counts,
    }),
  ),
  http.post('/api/staff/cases/bulk-status', async ({ request }) => {
    changes.push(await request.json());
    return HttpResponse.json({
      results: [
        { caseId: first, changed: true, problem: null },
        { caseId: second, changed: false, problem: 'case-handed-over' },
      ],
    });
  }),
);

beforeEach(() => {
  changes = [];
});

function NewMailingStandIn() {
  const state = useLocation().state as { caseIds: string[] };
  return <p>Nytt utskick för {state.caseIds.join(',')}</p>;
}

function renderInbox() {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter>
          <Routes>
            <Route index element={<InboxRoute />} />
            <Route path="utskick/nytt" element={<NewMailingStandIn />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('selecting cases in the inbox', () => {
  it('ticks every case on the page and changes their status without notifying the applicants', async () => {
    renderInbox();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Markera alla på sidan' }));
    expect(screen.getByRole('checkbox', { name: 'Markera ärende 2026-000001' })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: 'Markera ärende 2026-000002' })).toHaveProperty('checked', true);
    const actions = screen.getByRole('region', { name: '2 markerade ärenden' });

    fireEvent.change(within(actions).getByLabelText('Ny status'), { target: { value: 'withdrawn' } });
    fireEvent.click(within(actions).getByRole('checkbox', { name: 'Meddela inte sökande' }));
    fireEvent.click(within(actions).getByRole('button', { name: 'Ändra status' }));

    await waitFor(() =>
      expect(changes).toEqual([{ caseIds: [first, second], status: 'withdrawn', notifyApplicant: false }]),
    );
    expect(await within(actions).findByText('1 ärende ändrades. 1 ärende kunde inte ändras:')).toBeTruthy();
    expect(within(actions).getByText('2026-000002: ärendet är överlämnat till verksamhetssystemet')).toBeTruthy();
  });

  it('starts a mailing to the applicants of the ticked cases', async () => {
    renderInbox();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Markera ärende 2026-000002' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skapa utskick' }));
    expect(await screen.findByText(`Nytt utskick för ${second}`)).toBeTruthy();
  });
});
