// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exampleMonthlyApplication, manadsansokanV1, manadsansokanV2, type FormDefinition } from '@ebistans/schema';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { AnswerEditsNotice } from './answer-edits-notice';
import { EditAnswersForm } from './edit-answers-form';

const caseId = '00000000-0000-4000-8000-000000000001';
const submittedAt = '2026-11-22T10:00:00.000Z';
const data = exampleMonthlyApplication('2026-12');
/** The first version of the form is short: the checks and the sending are the same, and jsdom is faster with it. */
const shortData = {
  period: '2026-12',
  civilStatus: 'single',
  rent: 5400,
  hasIncome: true,
  incomeAmount: 6000,
  declaration: true,
};

function renderSv(node: ReactNode) {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <MemoryRouter>{node}</MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

let sent: unknown[];
const server = mockApi(
  http.put(`/api/staff/cases/${caseId}/answers`, async ({ request }) => {
    sent.push(await request.json());
    return HttpResponse.json({ data, changes: [] });
  }),
);

beforeEach(() => {
  sent = [];
});

function renderForm(form: FormDefinition = manadsansokanV1, onSaved = vi.fn()) {
  renderSv(
    <EditAnswersForm
      form={form}
      item={{
        id: caseId,
        data: form === manadsansokanV1 ? shortData : data,
        submittedAt,
        applicantPersonnummer: '191212121212',
      }}
      onSaved={onSaved}
      onCancel={vi.fn()}
    />,
  );
  return onSaved;
}

// The whole form is a large page; label and text queries keep these tests fast where role queries are not.
const save = () => fireEvent.click(screen.getByText('Spara ändringarna'));
const reasonField = () => screen.getByLabelText<HTMLTextAreaElement>(/^Skäl till ändringen/);
const rentField = () => screen.getByLabelText<HTMLInputElement>(/^Hyra per månad/);
const errorSummary = () =>
  waitFor(() => {
    const summary = document.querySelector<HTMLElement>('.error-summary');
    if (!summary) throw new Error('No error summary yet');
    return summary;
  });

describe('changing the answers', { timeout: 30_000 }, () => {
  it('shows every step of the form filled in with the answers now, its heading focused', () => {
    renderForm(manadsansokanV2);
    expect(document.activeElement?.textContent).toBe('Ändra uppgifter');
    expect(screen.getAllByText('Din medsökande').map((element) => element.tagName)).toContain('H4');
    expect(screen.getByLabelText<HTMLInputElement>(/^Hyresvärd eller förening/).value).toBe('Kommunala Bostäder AB');
  });

  it('asks for the reason before anything is sent, in the summary and at the field', async () => {
    renderForm();
    save();
    const summary = await errorSummary();
    expect(summary.getAttribute('role')).toBe('alert');
    expect(within(summary).getByRole('link').textContent).toBe('Skäl till ändringen Skriv varför uppgifterna ändras.');
    expect(reasonField().getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
  });

  it("puts the error summary's heading one level below the editor's, so heading levels do not skip", async () => {
    renderForm();
    const level = (element: Element) => Number(element.tagName.slice(1));
    const editorHeading = screen.getByText('Ändra uppgifter');
    save();
    const summary = await errorSummary();
    expect(level(within(summary).getByRole('heading'))).toBe(level(editorHeading) + 1);
  });

  it('checks the answers by the form before sending them', async () => {
    renderForm();
    fireEvent.change(rentField(), { target: { value: '' } });
    fireEvent.change(reasonField(), { target: { value: 'Rättning' } });
    save();
    const summary = await errorSummary();
    expect(within(summary).getByRole('link').textContent).toMatch(/^Hyra per månad/);
    expect(sent).toEqual([]);
  });

  it('sends the answers with the reason and says when the API finds nothing changed', async () => {
    const onSaved = renderForm();
    fireEvent.change(rentField(), { target: { value: '5600' } });
    fireEvent.change(reasonField(), { target: { value: ' Hyran enligt hyresavin ' } });
    save();
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent).toMatchObject([{ reason: 'Hyran enligt hyresavin', data: { rent: 5600, incomeAmount: 6000 } }]);

    server.use(
      http.put(`/api/staff/cases/${caseId}/answers`, () =>
        HttpResponse.json(
          { type: 'urn:ebistans:problem:no-changes', title: 'x', status: 422, requestId: 'test' },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    save();
    expect((await screen.findByText(/Du har inte ändrat någon uppgift/)).getAttribute('role')).toBe('alert');
  });
});

describe('the notice that the answers were changed', () => {
  it('says who changed what and why, and keeps the original answers readable', async () => {
    server.use(
      http.get(`/api/staff/cases/${caseId}/answers/edits`, () =>
        HttpResponse.json({
          originalData: data,
          edits: [
            {
              id: '00000000-0000-4000-8000-000000000002',
              at: '2026-11-23T09:30:00.000Z',
              by: { id: '00000000-0000-4000-8000-000000000003', name: 'Hanna Handläggare' },
              reason: 'Hyran enligt hyresavin',
              changes: [
                { path: 'rent', label: 'Hyra eller boendekostnad per månad', before: '7 400 kr', after: '7 600 kr' },
              ],
            },
          ],
        }),
      ),
    );
    renderSv(<AnswerEditsNotice caseId={caseId} form={manadsansokanV2} />);
    await screen.findByRole('heading', { name: 'Ändrad av handläggare' });
    screen.getByText('Skäl: Hyran enligt hyresavin');
    screen.getByText('Hyra eller boendekostnad per månad: ändrat från ”7 400 kr” till ”7 600 kr”');
    screen.getByText('Hanna Handläggare');
    const original = screen.getByText('Visa ursprungliga uppgifter').closest('details')!;
    within(original).getByText('Kommunala Bostäder AB');
  });

  it('is not there while nobody has changed the answers', async () => {
    let asked = false;
    server.use(
      http.get(`/api/staff/cases/${caseId}/answers/edits`, () => {
        asked = true;
        return HttpResponse.json({ originalData: null, edits: [] });
      }),
    );
    renderSv(<AnswerEditsNotice caseId={caseId} form={manadsansokanV2} />);
    await waitFor(() => expect(asked).toBe(true));
    expect(screen.queryByRole('heading', { name: 'Ändrad av handläggare' })).toBeNull();
  });
});
