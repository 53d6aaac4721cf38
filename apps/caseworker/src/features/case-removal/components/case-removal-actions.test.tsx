// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { CaseRemovalActions, type RemovableCase } from './case-removal-actions';

const caseId = '00000000-0000-4000-8000-000000000001';
let calls: string[];

const server = mockApi(
  http.post(`/api/staff/cases/${caseId}/hand-over`, () => {
    calls.push('hand-over');
    return HttpResponse.json({ handedOverAt: '2026-11-22T10:00:00.000Z' });
  }),
  http.delete(`/api/staff/cases/${caseId}`, () => {
    calls.push('delete');
    return new HttpResponse(null, { status: 204 });
  }),
);

beforeEach(() => {
  calls = [];
});

function renderActions(overrides: Partial<RemovableCase> = {}) {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  const item = {
    id: caseId,
    caseNumber: '2026-000001',
    handedOverAt: null,
    isTest: false,
    deletable: false,
    ...overrides,
  };
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={[`/arenden/${caseId}`]}>
          <Routes>
            <Route path="/" element={<h1>Inkorg</h1>} />
            <Route path="/arenden/:caseId" element={<CaseRemovalActions item={item} />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('hand-over', () => {
  it('asks first, with the question in focus, and cancelling sends nothing and returns focus', async () => {
    renderActions();
    fireEvent.click(screen.getByRole('button', { name: 'Markera som övertagen' }));

    const question = screen.getByRole('group', { name: /Vill du markera ärende 2026-000001 som övertaget/ });
    await waitFor(() => expect(document.activeElement).toBe(question.querySelector('p')));
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));

    expect(screen.queryByRole('group')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Markera som övertagen' })),
    );
    expect(calls).toEqual([]);
  });

  it('marks the case as taken over once confirmed and says so', async () => {
    renderActions();
    fireEvent.click(screen.getByRole('button', { name: 'Markera som övertagen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, markera som övertagen' }));

    expect(await screen.findByText('Ärendet är markerat som övertaget.')).toBeTruthy();
    expect(calls).toEqual(['hand-over']);
  });

  it('is not offered for a test case', () => {
    renderActions({ isTest: true, deletable: true });
    expect(screen.queryByRole('button', { name: 'Markera som övertagen' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ta bort ärende' })).toBeTruthy();
  });
});

describe('deleting', () => {
  it('is not offered while the case is being handled, and says when it can be', () => {
    renderActions({ deletable: false });
    expect(screen.queryByRole('button', { name: 'Ta bort ärende' })).toBeNull();
    expect(screen.getByText(/kan tas bort när det är avslutat, återkallat eller överlämnat/)).toBeTruthy();
  });

  it('deletes after the confirm step and goes back to the inbox', async () => {
    renderActions({ deletable: true });
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort ärende' }));
    expect(calls).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, ta bort ärendet' }));

    expect(await screen.findByRole('heading', { name: 'Inkorg' })).toBeTruthy();
    expect(calls).toEqual(['delete']);
  });

  it("shows the API's refusal in plain Swedish", async () => {
    server.use(
      http.delete(`/api/staff/cases/${caseId}`, () =>
        HttpResponse.json(
          {
            type: 'urn:ebistans:problem:case-not-deletable',
            title: 'Error',
            status: 409,
            requestId: 'test-request',
          },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    renderActions({ deletable: true });
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort ärende' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, ta bort ärendet' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ärendet kan inte tas bort förrän det är avslutat, återkallat eller överlämnat.',
    );
  });
});
