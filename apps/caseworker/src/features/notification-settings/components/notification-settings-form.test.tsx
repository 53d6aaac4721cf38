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
import { builtInTemplates } from '../test-support/notification-templates';

const defaults = {
  emailFrom: null,
  functionMailbox: null,
  applicant: {
    caseSubmitted: { email: true, sms: true },
    statusChanged: { email: true, sms: true },
    messageFromCaseworker: { email: true, sms: true },
    supplementRequested: { email: true, sms: true },
    supplementReminder: { email: true, sms: true },
    decisionRecorded: { email: true, sms: true },
    caseClosed: { email: true, sms: true },
  },
  staff: {
    caseSubmitted: true,
    assigned: true,
    messageFromApplicant: true,
    supplementSubmitted: true,
    internalNote: true,
    statusChanged: true,
    caseOverdue: true,
    // Read and download receipts are off until the municipality turns them on.
    messageRead: false,
    fileDownloaded: false,
  },
};

let sent: unknown[];
let answer: () => Response;
const server = mockApi(
  http.get('/api/admin/notification-settings', () => answer()),
  http.put('/api/admin/notification-settings', async ({ request }) => {
    const body = await request.json();
    sent.push(body);
    return HttpResponse.json(body as object);
  }),
  // The page's other form, the municipality's own texts, has tests of its own.
  http.get('/api/admin/notification-templates', () => HttpResponse.json(builtInTemplates())),
);

beforeEach(() => {
  sent = [];
  answer = () => HttpResponse.json(defaults);
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

const group = (name: string) => screen.getByRole('group', { name });

describe('the notification settings page', () => {
  it('shows the settings and saves what the admin changed, with a message that it is saved', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Aviseringar' });
    const statusChange = await screen.findByRole('group', { name: 'När ärendets status ändras' });
    expect(within(statusChange).getByRole('checkbox', { name: 'Sms' })).toHaveProperty('checked', true);

    fireEvent.change(screen.getByRole('textbox', { name: /^Avsändare för e-post/ }), {
      target: { value: ' Socialtjänsten <soc@kommun.example> ' },
    });
    fireEvent.click(within(statusChange).getByRole('checkbox', { name: 'Sms' }));
    fireEvent.click(
      within(group('Skicka e-post till handläggare')).getByRole('checkbox', { name: 'När ett nytt ärende kommer in' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByText('Aviseringarna är sparade.')).toBeTruthy();
    expect(sent).toEqual([
      {
        ...defaults,
        emailFrom: 'Socialtjänsten <soc@kommun.example>',
        applicant: { ...defaults.applicant, statusChanged: { email: true, sms: false } },
        staff: { ...defaults.staff, caseSubmitted: false },
      },
    ]);
  });

  it("shows the API's field errors in plain Swedish at the field and in a summary", async () => {
    server.use(
      http.put('/api/admin/notification-settings', () =>
        HttpResponse.json(
          {
            type: 'urn:ebistans:problem:validation',
            title: 'The request is invalid',
            status: 400,
            errors: [
              { path: 'functionMailbox', code: 'email_invalid', message: 'Ange en e-postadress som namn@exempel.se.' },
            ],
          },
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    renderPage();
    const mailbox = await screen.findByRole('textbox', { name: /^Funktionsbrevlåda/ });
    fireEvent.change(mailbox, { target: { value: 'brevlåda' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Funktionsbrevlåda');
    expect(summary.textContent).toContain('Ange en e-postadress som namn@exempel.se.');
    expect(mailbox.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText('Aviseringarna är sparade.')).toBeNull();
  });

  it('tells a caseworker who is not an admin that the page is for admins', async () => {
    answer = () =>
      HttpResponse.json(
        { type: 'urn:ebistans:problem:forbidden', title: 'Forbidden', status: 403 },
        { status: 403, headers: { 'content-type': 'application/problem+json' } },
      );
    renderPage();
    expect(await screen.findByText('Bara en administratör kan ändra kommunens aviseringar.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Spara' })).toBeNull();
  });

  it('is labelled in English too', async () => {
    renderPage('en');
    expect(await screen.findByRole('group', { name: 'When a decision is made' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Function mailbox/ })).toBeTruthy();
  });
});
