// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { CaseHistory } from './case-history';

const caseId = '00000000-0000-4000-8000-000000000001';

mockApi(
  http.get(`/api/staff/cases/${caseId}/events`, () =>
    HttpResponse.json({
      items: [
        {
          id: '00000000-0000-4000-8000-000000000010',
          type: 'overdue',
          at: '2026-11-23T07:05:00.000Z',
          actor: { kind: 'system', id: null, name: null },
          subject: null,
          data: { dueAt: '2026-11-22T23:00:00.000Z' },
        },
      ],
    }),
  ),
);

describe('the case history', () => {
  it('says in Swedish that the case passed its handling time, done by the system', async () => {
    const i18n = createI18n({ sv, en });
    void i18n.changeLanguage('sv');
    render(
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          <CaseHistory caseId={caseId} />
        </QueryClientProvider>
      </I18nextProvider>,
    );
    expect(await screen.findByText('Ärendet passerade kommunens handläggningstid')).toBeTruthy();
    expect(screen.getByText(/Systemet/)).toBeTruthy();
  });
});
