// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import { NotificationSettingsRoute } from '../../../app/routes/notification-settings';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import type { NotificationTemplates } from '../api/notification-settings';
import { builtInTemplates } from '../test-support/notification-templates';

const settings = {
  emailFrom: null,
  functionMailbox: null,
  applicant: Object.fromEntries(
    [
      'caseSubmitted',
      'statusChanged',
      'messageFromCaseworker',
      'supplementRequested',
      'supplementReminder',
      'decisionRecorded',
      'caseClosed',
    ].map((key) => [key, { email: true, sms: true }]),
  ),
  staff: Object.fromEntries(
    [
      'caseSubmitted',
      'assigned',
      'messageFromApplicant',
      'supplementSubmitted',
      'internalNote',
      'statusChanged',
      'caseOverdue',
      'messageRead',
      'fileDownloaded',
    ].map((key) => [key, true]),
  ),
};

let sent: unknown[];
let templates: NotificationTemplates;
const server = mockApi(
  http.get('/api/admin/notification-settings', () => HttpResponse.json(settings)),
  http.get('/api/admin/notification-templates', () => HttpResponse.json(templates)),
  http.put('/api/admin/notification-templates', async ({ request }) => {
    sent.push(await request.json());
    return HttpResponse.json(templates);
  }),
);

beforeEach(() => {
  sent = [];
  templates = builtInTemplates();
});

function renderPage(language: 'sv' | 'en' = 'sv') {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage(language);
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter>
          <NotificationSettingsRoute />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

/** One event's texts, opened as the admin would, and its fields in one language. */
async function eventTexts(summary: string, language: 'Svenska' | 'Engelska', section = 'Texter till sökande') {
  const region = await screen.findByRole('region', { name: section });
  const toggle = within(region).getByText(summary, { selector: 'summary' });
  fireEvent.click(toggle);
  const details = toggle.closest('details')!;
  return within(within(details).getByRole('group', { name: language }));
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Spara texterna' }));

describe('the municipality’s own texts', () => {
  it('are prefilled with the built-in text and save only what the admin changed', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { level: 2, name: 'Egna texter' })).toBeTruthy();
    const swedish = await eventTexts('När ärendets status ändras', 'Svenska');
    const text = swedish.getByRole('textbox', { name: 'Text i e-post' });
    expect((text as HTMLTextAreaElement).value).toBe(
      'Hej!\n\nDet finns ny information hos {kommun}.\n\nLogga in för att läsa den: {länk}',
    );
    expect(swedish.getByRole('button', { name: /^Återställ standardtext/ })).toHaveProperty('disabled', true);

    fireEvent.change(text, { target: { value: 'Hej! Något nytt väntar hos {kommun}. Logga in: {länk}' } });
    save();

    expect(await screen.findByText('Texterna är sparade.')).toBeTruthy();
    expect(sent).toEqual([
      {
        applicant: {
          statusChanged: {
            sv: {
              subject: 'Ny information från {kommun}',
              text: 'Hej! Något nytt väntar hos {kommun}. Logga in: {länk}',
              sms: 'Det finns ny information hos {kommun}. Logga in: {länk}',
            },
          },
        },
        staff: {},
      },
    ]);
  });

  it('shows the municipality’s own text, and “Återställ standardtext” brings back the built-in one', async () => {
    const own = { subject: 'Nytt i e-tjänsten', text: 'Något nytt i ett ärende: {länk}' };
    templates.staff.internalNote.en.custom = own;
    renderPage();
    const english = await eventTexts(
      'När en kollega skriver en intern anteckning i deras ärende',
      'Engelska',
      'Texter till handläggare',
    );
    const subject = english.getByRole('textbox', { name: 'Ämnesrad' });
    expect((subject as HTMLInputElement).value).toBe('Nytt i e-tjänsten');
    expect(english.queryByRole('textbox', { name: 'Sms' })).toBeNull();

    fireEvent.click(english.getByRole('button', { name: /^Återställ standardtext/ }));
    expect((subject as HTMLInputElement).value).toBe('News in a case');
    save();

    await screen.findByText('Texterna är sparade.');
    expect(sent).toEqual([{ applicant: {}, staff: {} }]);
  });

  it("shows the API's errors in plain Swedish at the field and in a summary", async () => {
    server.use(
      http.put('/api/admin/notification-templates', () =>
        HttpResponse.json(
          {
            type: 'urn:ebistans:problem:validation',
            title: 'The request is invalid',
            status: 400,
            errors: [{ path: 'applicant.caseClosed.sv.sms', code: 'template_digits', message: 'Texten får inte …' }],
          },
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    renderPage();
    const swedish = await eventTexts('När ärendet avslutas', 'Svenska');
    const sms = swedish.getByRole('textbox', { name: /^Sms/ });
    fireEvent.change(sms, { target: { value: 'Ärende nummer 12 är avslutat: {länk}' } });
    save();

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('När ärendet avslutas, Svenska: Sms');
    expect(summary.textContent).toContain('Texten får inte innehålla siffror');
    expect(sms.getAttribute('aria-invalid')).toBe('true');
    expect(sms.closest('details')!.open).toBe(true);
    expect(screen.queryByText('Texterna är sparade.')).toBeNull();
  });

  it('is labelled in English too', async () => {
    renderPage('en');
    expect(await screen.findByRole('heading', { level: 2, name: 'Own texts' })).toBeTruthy();
    const region = screen.getByRole('region', { name: 'Texts to applicants' });
    expect(within(region).getAllByRole('button', { name: /^Restore the standard text/ })).toHaveLength(14);
  });
});
