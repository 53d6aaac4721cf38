// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { exampleMonthlyApplication } from '@ebistans/schema';
import { createI18n } from '@ebistans/ui';
import type { StaffCase } from '../../features/case-view/api/get-staff-case';
import en from '../../locales/en.json';
import sv from '../../locales/sv.json';
import { CaseApplicationRoute } from './case-application';
import { CaseViewRoute } from './case-view';

const caseId = '00000000-0000-4000-8000-000000000001';
let handedOverAt: string | null = null;

function staffCase(): StaffCase {
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
  http.get(`/api/staff/cases/${caseId}`, () => HttpResponse.json(staffCase())),
  http.get('/api/auth/me', () =>
    HttpResponse.json({
      kind: 'staff',
      id: 's1',
      displayName: 'Hanna Handläggare',
      role: 'caseworker',
      municipality: null,
      loginMethod: null,
    }),
  ),
  http.get(`/api/staff/cases/${caseId}/answers/edits`, () => HttpResponse.json({ originalData: null, edits: [] })),
  http.get(`/api/staff/cases/${caseId}/attachments`, () => HttpResponse.json({ items: [] })),
);

async function renderCase(at: string | null) {
  handedOverAt = at;
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter initialEntries={[`/arenden/${caseId}`]}>
          <Routes>
            <Route path="/arenden/:caseId" element={<CaseViewRoute />}>
              <Route index element={<CaseApplicationRoute />} />
            </Route>
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  await screen.findByRole('heading', { level: 2, name: 'Ansökan' });
  fireEvent.click(screen.getByText('Visa åtgärder'));
}

describe('the case view', () => {
  it('offers assignment, marking and "Ändra uppgifter" for a case being handled', async () => {
    await renderCase(null);
    expect(screen.getByRole('button', { name: 'Ta ärende' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Ny status' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Markera som övertagen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ändra uppgifter' })).toBeTruthy();
  });

  it('only shows a handed-over case, keeping the PDF, the undo and the delete', async () => {
    await renderCase('2026-11-25T10:00:00.000Z');
    expect(screen.getByText(/^Överlämnat till verksamhetssystemet/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ta ärende' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Ny status' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Färgmarkering' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ändra uppgifter' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Ladda ner ansökan som PDF' }).getAttribute('href')).toBe(
      `/api/staff/cases/${caseId}/pdf`,
    );
    expect(screen.getByRole('button', { name: 'Ångra överlämningen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ta bort ärende' })).toBeTruthy();
    // The answers themselves are still there to read.
    expect(screen.getByText('Kommunala Bostäder AB')).toBeTruthy();
  });
});
