import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { calculateDecision, decisionInput, exampleMonthlyApplication, manadsansokanV2 } from '@ebistans/schema';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import type { DecisionProposal, DecisionRequest, RecordedDecision } from '../api/decision';
import { DecisionPanel } from './decision-panel';

const caseId = '00000000-0000-4000-8000-000000000001';
const input = decisionInput(manadsansokanV2, exampleMonthlyApplication('2026-12'))!;
const full = calculateDecision(input, { costs: [], incomes: [] });
const lowered = calculateDecision(input, { costs: [{ id: 'costs.0', approved: 400 }], incomes: [] });
const kr = (amount: number) => `${new Intl.NumberFormat('sv-SE').format(amount)} kr`;

let recorded: RecordedDecision | null = null;
let sent: DecisionRequest[] = [];

function proposal(): DecisionProposal {
  return {
    caseId,
    input,
    calculation: full,
    adults: [
      { adult: 'applicant', name: 'Tolvan Tolvansson' },
      { adult: 'coApplicant', name: 'Kim Tolvansson' },
    ],
    decision: recorded,
    canDecide: recorded === null,
  };
}

const server = mockApi(
  http.get('/api/staff/cases/:caseId/decision-proposal', () => HttpResponse.json(proposal())),
  http.post('/api/staff/cases/:caseId/decision', async ({ request }) => {
    const body = (await request.json()) as DecisionRequest;
    sent.push(body);
    recorded = {
      source: 'staff',
      outcome: body.outcome,
      amount: body.amount,
      motivation: body.motivation,
      period: null,
      hindrances: [
        {
          adult: 'applicant',
          name: 'Tolvan Tolvansson',
          code: 'unemployed_no_benefit',
          text: 'Arbetslös: Utan ersättning eller stöd',
        },
      ],
      calculation: lowered,
      costs: input.costs.map(({ id, label, amount }) => ({
        id,
        label,
        applied: amount,
        approved: id === 'costs.0' ? 400 : amount,
      })),
      incomes: input.incomes.map(({ id, label, amount }) => ({ id, label, amount, jobStimulus: false })),
      letterDocumentId: null,
      decidedAt: '2026-11-25T10:00:00.000Z',
      decidedBy: { id: '00000000-0000-4000-8000-000000000009', name: 'Handläggare Hanna' },
    };
    return HttpResponse.json(recorded, { status: 201 });
  }),
);

function renderPanel(handedOver = false, decision: RecordedDecision | null = null) {
  recorded = decision;
  sent = [];
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <DecisionPanel caseId={caseId} handedOver={handedOver} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

const status = () => screen.getByText(/^Föreslaget belopp enligt beräkningen/);

describe('the Beslut tab', () => {
  it('recomputes as a cost line is lowered, records a delavslag and then shows it with the letter', async () => {
    renderPanel();
    const electricity = await screen.findByRole('textbox', { name: 'Godkänt belopp för Hushållsel' });
    expect(status().textContent).toContain(`${full.amount} kr`);
    const table = screen.getByRole('table', { name: 'Beräkning enligt riksnormen 2026' });
    expect(within(table).getByRole('rowheader', { name: 'Hyra' })).toBeTruthy();

    fireEvent.change(electricity, { target: { value: '400' } });
    await waitFor(() => expect(status().textContent).toContain(`${lowered.amount} kr`));
    expect(lowered.amount).toBe(full.amount - 240);

    fireEvent.click(screen.getByRole('radio', { name: /^Delavslag/ }));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Beviljat belopp' }).value).toBe(
      String(lowered.amount),
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Motivering' }), {
      target: { value: 'Elkostnaden är för hög.' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Försörjningshinder för Tolvan Tolvansson' }), {
      target: { value: 'unemployed_no_benefit' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Försörjningshinder för Kim Tolvansson' }), {
      target: { value: 'part_time_insufficient_income' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Fatta beslut' }));

    await screen.findByRole('heading', { name: 'Beslutet' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      outcome: 'delavslag',
      amount: lowered.amount,
      motivation: 'Elkostnaden är för hög.',
      hindrances: { applicant: 'unemployed_no_benefit', coApplicant: 'part_time_insufficient_income' },
    });
    expect(sent[0]!.costs).toContainEqual({ id: 'costs.0', approved: 400 });
    expect(screen.getByText('Beviljat belopp').nextElementSibling?.textContent).toBe(kr(lowered.amount));
    expect(screen.getByRole('link', { name: 'Ladda ner beslutet som PDF' }).getAttribute('href')).toBe(
      `/api/staff/cases/${caseId}/decision.pdf`,
    );
    // A whole form filled in through jsdom takes its time on a busy machine.
  }, 20_000);

  it('says what does not agree with the calculation before sending anything', async () => {
    renderPanel();
    fireEvent.change(await screen.findByRole('textbox', { name: 'Godkänt belopp för Hushållsel' }), {
      target: { value: '400' },
    });
    fireEvent.click(screen.getByRole('radio', { name: /^Bifall/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Fatta beslut' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Du har godkänt mindre än det sökta på någon rad. Välj delavslag.');
    expect(summary.textContent).toContain('Försörjningshinder för Kim Tolvansson Välj försörjningshinder.');
    // Focus moves in an effect after the summary renders.
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(sent).toEqual([]);
  });

  it("shows the API's refusal at the field it concerns", async () => {
    server.use(
      http.post('/api/staff/cases/:caseId/decision', () =>
        HttpResponse.json(
          {
            type: 'urn:ebistans:problem:invalid-decision',
            title: 'The decision does not agree with the calculation',
            status: 422,
            requestId: 'r-1',
            errors: [
              {
                path: 'amount',
                code: 'decision_amount_above_calculation',
                message: 'Beloppet kan inte vara högre än det beräknade.',
              },
            ],
          },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    renderPanel();
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('radio', { name: /^Bifall/ }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Försörjningshinder för Tolvan Tolvansson' }), {
      target: { value: 'none' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Försörjningshinder för Kim Tolvansson' }), {
      target: { value: 'none' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Fatta beslut' }));

    const amount = screen.getByRole('textbox', { name: 'Beviljat belopp' });
    await waitFor(() => expect(amount.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('alert').textContent).toContain('Beloppet kan inte vara högre än det beräknade.');
  });

  it('shows a handed-over case its calculation but no form, whatever the proposal says', async () => {
    renderPanel(true);
    await screen.findByRole('table', { name: 'Beräkning enligt riksnormen 2026' });
    expect(
      screen.getByText(
        'Ärendet är överlämnat till verksamhetssystemet, så beslutet fattas inte här. Du kan se beräkningen.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Fatta beslut' })).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('shows a decision the case system recorded as its, with its period and letter and no calculation', async () => {
    renderPanel(true, {
      source: 'case-system',
      outcome: 'bifall',
      amount: 9150,
      motivation: null,
      period: { from: '2026-12-01', to: '2026-12-31' },
      hindrances: [],
      calculation: null,
      costs: [],
      incomes: [],
      letterDocumentId: '00000000-0000-4000-8000-000000000010',
      decidedAt: '2026-12-02T10:00:00.000Z',
      decidedBy: { id: '00000000-0000-4000-8000-000000000011', name: 'Verksamhetssystemet' },
    });
    await screen.findByRole('heading', { name: 'Beslutet' });
    expect(screen.getByText('Beslutsfattare').nextElementSibling?.textContent).toBe('Verksamhetssystemet');
    expect(screen.getByText('Period').nextElementSibling?.textContent).toBe('1 december 2026 – 31 december 2026');
    expect(screen.getByText('Beviljat belopp').nextElementSibling?.textContent).toBe(kr(9150));
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('link', { name: 'Ladda ner beslutet som PDF' }).getAttribute('href')).toBe(
      `/api/staff/cases/${caseId}/decision.pdf`,
    );
  });
});
