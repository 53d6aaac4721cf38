// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { SupplementRequestForm } from './supplement-request-form';

const caseId = '00000000-0000-4000-8000-000000000001';

let requested: unknown[];
mockApi(
  http.post('/api/staff/cases/:caseId/supplement-requests', async ({ request }) => {
    requested.push(await request.json());
    return HttpResponse.json({ id: '00000000-0000-4000-8000-0000000000b1' }, { status: 201 });
  }),
);

beforeEach(() => {
  requested = [];
});

function renderForm() {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <SupplementRequestForm caseId={caseId} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('Begär komplettering', () => {
  it('asks for the ticked receipts, in the list’s order, and empties the form when sent', async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText(/^Vad behöver den sökande skicka/), {
      target: { value: 'Skicka hyresavin för mars.' },
    });
    const receipts = screen.getByRole('group', { name: 'Underlag som saknas (valfritt)' });
    fireEvent.click(within(receipts).getByRole('checkbox', { name: 'Hyresavi' }));
    fireEvent.click(within(receipts).getByRole('checkbox', { name: 'Kontoutdrag' }));
    fireEvent.change(screen.getByLabelText('Sista dag att komplettera'), { target: { value: '2999-01-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka begäran om komplettering' }));

    expect(await screen.findByText('Begäran är skickad. Ärendet väntar nu på komplettering.')).toBeTruthy();
    expect(requested).toEqual([
      {
        message: 'Skicka hyresavin för mars.',
        dueDate: '2999-01-31',
        receiptCategories: ['bank_statements', 'rent_notice'],
      },
    ]);
    expect(within(receipts).getByRole('checkbox', { name: 'Hyresavi' })).toHaveProperty('checked', false);
  });
});
