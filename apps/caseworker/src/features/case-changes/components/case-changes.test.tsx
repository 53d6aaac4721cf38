// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import type { CaseChanges as Changes } from '../api/case-changes';
import { CaseChanges } from './case-changes';

const caseId = '00000000-0000-4000-8000-000000000001';

const field = (
  path: string,
  label: string,
  status: string,
  before: string | null,
  after: string | null,
  context: string[] = [],
) => ({
  kind: 'field' as const,
  path,
  label,
  context,
  status: status as 'new',
  before,
  after,
});

const comparison: Changes = {
  previous: {
    id: '00000000-0000-4000-8000-000000000009',
    caseNumber: '2026-000041',
    period: '2026-11',
    submittedAt: '2026-10-25T10:00:00.000Z',
  },
  sections: [
    {
      stepId: 'housing',
      title: 'Ditt boende',
      items: [
        field('rent', 'Hyra eller boendekostnad per månad', 'changed', '7 000 kr', '7 400 kr'),
        field(
          'landlord',
          'Hyresvärd eller förening (frivilligt)',
          'unchanged',
          'Kommunala Bostäder AB',
          'Kommunala Bostäder AB',
        ),
      ],
    },
    {
      stepId: 'household',
      title: 'Ditt hushåll',
      items: [
        { ...field('children.1', 'Barn 2 – Elis Tolvansson', 'new', null, null), kind: 'row' },
        field('children.1.name', 'Barnets för- och efternamn', 'new', null, 'Elis Tolvansson', [
          'Barn 2 – Elis Tolvansson',
        ]),
        { ...field('otherMembers.0', 'Person 1 – Mormor', 'removed', null, null), kind: 'row' },
        field('otherMembers.0.name', 'För- och efternamn', 'removed', 'Mormor', null, ['Person 1 – Mormor']),
      ],
    },
  ],
};

let answer: Changes = comparison;
mockApi(http.get(`/api/staff/cases/${caseId}/changes`, () => HttpResponse.json(answer)));

function renderChanges(changes: Changes) {
  answer = changes;
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <CaseChanges caseId={caseId} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

const rowOf = (text: string) => screen.getByRole('rowheader', { name: text }).closest('tr')!;

describe('changes since last month', () => {
  it('names the application compared with and counts what changed', async () => {
    renderChanges(comparison);
    await screen.findByText('Jämfört med ärende 2026-000041 för november 2026.');
    screen.getByText('1 ny uppgift');
    screen.getByText('1 ändrad uppgift');
    screen.getByText('1 borttagen uppgift');
    screen.getByText('1 oförändrad uppgift');
  });

  it('says in words what is new, changed and removed, with both answers', async () => {
    renderChanges(comparison);
    await screen.findByRole('heading', { level: 3, name: 'Ditt boende' });
    const rent = within(rowOf('Hyra eller boendekostnad per månad'));
    expect(rent.getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['7 000 kr', '7 400 kr', 'Ändrad']);
    const child = within(rowOf('Barnets för- och efternamn'));
    expect(child.getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Inget svar', 'Elis Tolvansson', 'Ny']);
    expect(within(rowOf('Barn 2 – Elis Tolvansson')).getByText('Ny')).toBeTruthy();
    expect(within(rowOf('Person 1 – Mormor')).getByText('Borttagen')).toBeTruthy();
  });

  it('hides unchanged answers until asked to show them', async () => {
    renderChanges(comparison);
    const toggle = await screen.findByRole('checkbox', { name: 'Visa även oförändrade uppgifter' });
    expect(screen.queryByRole('rowheader', { name: 'Hyresvärd eller förening (frivilligt)' })).toBeNull();
    fireEvent.click(toggle);
    expect(within(rowOf('Hyresvärd eller förening (frivilligt)')).getByText('Oförändrad')).toBeTruthy();
  });

  it('says so when there is no earlier application', async () => {
    renderChanges({ previous: null, sections: [] });
    await screen.findByText('Det finns ingen tidigare ansökan från den sökande på samma blankett att jämföra med.');
  });
});
