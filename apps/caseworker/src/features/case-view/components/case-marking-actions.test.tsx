import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { ProblemError, createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import type { StaffCase } from '../api/get-staff-case';
import { ActionResult } from '../../../components/action-result';
import { CaseMarkingActions } from './case-marking-actions';

function renderSv(node: ReactNode) {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>{node}</QueryClientProvider>
    </I18nextProvider>,
  );
}

/** The changes the API offers from each status (its transition table, `staffStatusChanges`). */
const statusChanges: Partial<Record<StaffCase['status'], StaffCase['statusChanges']>> = {
  decided: ['closed', 'in_progress'],
};

function caseWithStatus(status: StaffCase['status']): StaffCase {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    caseNumber: '2026-000001',
    formId: 'ekonomiskt-bistand-manadsansokan',
    formVersion: 2,
    period: '2026-12',
    status,
    submittedAt: '2026-11-22T10:00:00.000Z',
    data: {},
    externalCaseNumber: null,
    applicant: { name: 'Tolvan Tolvansson', personnummer: '191212121212' },
    coApplicant: null,
    assignees: [],
    flagged: false,
    colour: null,
    dueAt: null,
    isTest: false,
    channel: 'web',
    handedOverAt: null,
    deletable: false,
    statusChanges: statusChanges[status] ?? [],
  };
}

function offeredStatuses(): string[] {
  const select = screen.getByRole('combobox', { name: 'Ny status' });
  return within(select)
    .getAllByRole('option')
    .map((option) => option.textContent ?? '')
    .slice(1);
}

describe('changing a status', () => {
  it('offers only the changes the API allows from the current status', () => {
    renderSv(<CaseMarkingActions item={caseWithStatus('decided')} />);
    expect(offeredStatuses()).toEqual(['Avslutad', 'Under handläggning']);
  });

  it('offers no change for a closed case and says why', () => {
    renderSv(<CaseMarkingActions item={caseWithStatus('closed')} />);
    expect(screen.queryByRole('combobox', { name: 'Ny status' })).toBeNull();
    expect(screen.getByText('Ärendet är avslutat. Statusen kan inte ändras.')).toBeTruthy();
  });

  it('explains a 409 as someone else having changed the case', () => {
    const conflict = new ProblemError({ type: 'urn:ebistans:problem:conflict', status: 409 });
    renderSv(<ActionResult error={conflict} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Ärendet har ändrats av någon annan under tiden, så ändringen gick inte att göra. Ladda om sidan och försök igen.',
    );
  });
});
