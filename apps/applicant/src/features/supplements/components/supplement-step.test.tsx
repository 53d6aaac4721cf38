import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createMemoryRouter, useParams } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { expectAccessible } from '../../../test-support/expect-accessible';
import type { SupplementRequest } from '../api/list-supplements';
import { kompletteringForm, supplementStepPath } from '../lib/supplement-form';
import { SupplementStep } from './supplement-step';

const caseId = '00000000-0000-4000-8000-0000000000aa';
const request: SupplementRequest = {
  id: '00000000-0000-4000-8000-000000000001',
  message: 'Skicka lönespecifikationen för november.',
  dueDate: '2999-12-05',
  receiptCategories: ['salary_slip'],
  answeredAt: null,
  createdAt: '2026-11-21T09:30:00.000Z',
};

function Step() {
  const { stepId } = useParams();
  const step = kompletteringForm.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`No step ${stepId}`);
  return (
    <SupplementStep
      key={step.id}
      caseId={caseId}
      caseNumber="2026-000123"
      step={step}
      request={request}
      onSent={vi.fn()}
    />
  );
}

function renderAt(stepId: string) {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  const router = createMemoryRouter(
    [
      { path: '/arenden/:caseId/komplettering/:stepId', element: <Step /> },
      { path: '/arenden/:caseId', element: <p>Ärendesidan</p> },
    ],
    { initialEntries: [supplementStepPath(caseId, stepId, request.id)] },
  );
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

afterEach(() => sessionStorage.clear());

// Sending goes to the API and is covered by e2e/tests/supplement-roundtrip.test.ts.
describe('the supplement form, step by step', () => {
  it('repeats the request on the first step, starts from "the caseworker asked", and moves on when answered', async () => {
    const view = renderAt('supplement');
    screen.getByRole('heading', { level: 1, name: 'Vad vill du komplettera med?' });
    expect(screen.getByText('Steg 1 av 2')).toBeTruthy();
    const asked = screen.getByRole('region', { name: 'Det här har handläggaren bett om' });
    expect(asked.textContent).toContain('Senast 5 december 2999');
    expect(asked.textContent).toContain('Lönespecifikation');
    const reason = screen.getByRole('group', { name: 'Varför kompletterar du?' });
    expect(within(reason).getByRole<HTMLInputElement>('radio', { name: 'Handläggaren har bett om det' }).checked).toBe(
      true,
    );
    await expectAccessible(view.container);

    await userEvent.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(screen.getByRole('alert').textContent).toContain('Vill du lägga till inkomster?');
    await userEvent.type(screen.getByRole('textbox', { name: 'Meddelande till handläggaren' }), 'Här är den.');
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Vill du lägga till inkomster?' })).getByRole('radio', { name: 'Nej' }),
    );
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Vill du söka för fler kostnader?' })).getByRole('radio', {
        name: 'Nej',
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Nästa' }));
    await screen.findByRole('heading', { level: 1, name: 'Intyga och skicka' });

    // The last step shows what will be sent, with a way back to change it, above the declaration.
    const sending = screen.getByRole('region', { name: 'Det här skickar du' });
    expect(sending.textContent).toContain('Här är den.');
    expect(within(sending).getByRole('link', { name: /^Ändra\s*Vad vill du komplettera med\?$/ })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /Jag intygar på heder och samvete/ })).toBeTruthy();
    expect(screen.getByText('Steg 2 av 2')).toBeTruthy();
    await expectAccessible(document.body);
  });

  it('goes back to the case from the first step, keeping the answers for the tab', async () => {
    renderAt('supplement');
    await userEvent.type(screen.getByRole('textbox', { name: 'Meddelande till handläggaren' }), 'Utkast');
    await userEvent.click(screen.getByRole('button', { name: 'Tillbaka' }));
    await screen.findByText('Ärendesidan');
    expect(JSON.stringify(Object.values(sessionStorage))).toContain('Utkast');
  });
});
