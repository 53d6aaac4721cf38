// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { exampleMonthlyApplication } from '@ebistans/schema';
import { createI18n } from '@ebistans/ui';
import type { StaffCase } from '../../features/case-view/api/get-staff-case';
import en from '../../locales/en.json';
import sv from '../../locales/sv.json';
import { CaseTabRoute } from './case-tab';

const caseId = '00000000-0000-4000-8000-000000000001';
const readOnly = 'Ärendet är överlämnat till verksamhetssystemet och kan bara läsas här.';

function staffCase(handedOverAt: string | null): StaffCase {
  return {
    id: caseId,
    caseNumber: '2026-000001',
    formId: 'ekonomiskt-bistand-manadsansokan',
    formVersion: 2,
    period: '2026-12',
    status: 'in_progress',
    submittedAt: '2026-11-22T10:00:00.000Z',
    data: exampleMonthlyApplication('2026-12'),
    externalCaseNumber: null,
    applicant: { name: 'Tolvan Tolvansson', personnummer: '191212121212' },
    coApplicant: null,
    assignees: [],
    flagged: false,
    colour: null,
    dueAt: null,
    isTest: false,
    channel: 'web',
    handedOverAt,
    deletable: handedOverAt !== null,
    statusChanges: ['closed', 'withdrawn'],
  };
}

mockApi(
  http.get(`/api/staff/cases/${caseId}/messages`, () => HttpResponse.json({ items: [] })),
  http.get(`/api/staff/cases/${caseId}/notes`, () => HttpResponse.json({ items: [] })),
  http.get(`/api/staff/cases/${caseId}/supplements`, () => HttpResponse.json({ requests: [], supplements: [] })),
  http.get(`/api/staff/cases/${caseId}/documents`, () => HttpResponse.json({ items: [] })),
);

/** The tab as the case view shows it: the case comes from the parent route's outlet context. */
function renderTab(tab: ReactNode, handedOverAt: string | null) {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter initialEntries={[`/arenden/${caseId}`]}>
          <Routes>
            <Route path="/arenden/:caseId" element={<Outlet context={staffCase(handedOverAt)} />}>
              <Route index element={tab} />
            </Route>
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

const handedOverAt = '2026-11-25T10:00:00.000Z';

const tabs = [
  {
    name: 'Meddelanden',
    tab: <CaseTabRoute tab="messages" />,
    loaded: 'Inga meddelanden än.',
    form: () => screen.queryByRole('textbox', { name: 'Meddelande till den sökande' }),
  },
  {
    name: 'Interna anteckningar',
    tab: <CaseTabRoute tab="notes" />,
    loaded: 'Det finns inga anteckningar än.',
    form: () => screen.queryByRole('textbox', { name: 'Ny anteckning' }),
  },
  {
    name: 'Komplettering',
    tab: <CaseTabRoute tab="supplements" />,
    loaded: 'Begärda kompletteringar',
    form: () => screen.queryByRole('form', { name: 'Begär komplettering' }),
  },
  {
    name: 'Handlingar',
    tab: <CaseTabRoute tab="documents" />,
    loaded: 'Ärendet har inga handlingar än.',
    form: () => screen.queryByLabelText('Välj filer'),
  },
];

describe.each(tabs)('the $name tab', ({ tab, loaded, form }) => {
  it('offers its form on a case being handled', async () => {
    renderTab(tab, null);
    await screen.findByText(loaded);
    expect(form()).toBeTruthy();
    expect(screen.queryByText(readOnly)).toBeNull();
  });

  it('only shows a handed-over case, saying why there is no form', async () => {
    renderTab(tab, handedOverAt);
    await screen.findByText(loaded);
    expect(form()).toBeNull();
    expect(screen.getByText(readOnly)).toBeTruthy();
  });
});
