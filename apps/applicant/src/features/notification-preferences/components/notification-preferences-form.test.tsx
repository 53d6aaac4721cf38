// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { NotificationPreferencesRoute } from '../../../app/routes/notification-preferences';
import { expectAccessible } from '../../../test-support/expect-accessible';
import { renderPage } from '../../../test-support/render-page';

const PATH = '/api/applicant/notification-preferences';

type Preferences = {
  email: string | null;
  mobile: string | null;
  notifyByEmail: boolean;
  notifyBySms: boolean;
  language: 'sv' | 'en';
  protectedIdentity: boolean;
  confirmedAt: string | null;
  municipalityOffers: { email: boolean; sms: boolean };
};
let stored: Preferences;
let sent: Record<string, unknown>[];

const server = mockApi(
  http.get(PATH, () => HttpResponse.json(stored)),
  http.put(PATH, async ({ request }) => {
    const body = (await request.json()) as Record<string, unknown>;
    sent.push(body);
    stored = {
      ...stored,
      email: (body.email as string) || null,
      mobile: body.mobile === '070-111 22 33' ? '+46701112233' : (body.mobile as string) || null,
      notifyByEmail: body.notifyByEmail as boolean,
      notifyBySms: body.notifyBySms as boolean,
      language: body.language as 'sv' | 'en',
      confirmedAt:
        stored.protectedIdentity && body.confirmProtectedIdentity ? '2026-11-22T14:30:00.000Z' : stored.confirmedAt,
    };
    return HttpResponse.json(stored);
  }),
);

beforeEach(() => {
  sent = [];
  stored = {
    email: 'anna@example.se',
    mobile: '0701234567',
    notifyByEmail: true,
    notifyBySms: true,
    language: 'sv',
    protectedIdentity: false,
    confirmedAt: null,
    municipalityOffers: { email: true, sms: true },
  };
});

describe('Aviseringar', () => {
  it('shows the choices, saves changed ones and shows the number as stored', async () => {
    const { container } = renderPage(<NotificationPreferencesRoute />);
    const email = await screen.findByRole<HTMLInputElement>('textbox', { name: 'E-postadress' });
    expect(email.value).toBe('anna@example.se');
    expect(screen.getByRole('heading', { level: 1, name: 'Aviseringar' })).toBeTruthy();
    await expectAccessible(container);

    await userEvent.click(screen.getByRole('checkbox', { name: 'E-post' }));
    const mobile = screen.getByRole('textbox', { name: 'Mobilnummer' });
    await userEvent.clear(mobile);
    await userEvent.type(mobile, ' 070-111 22 33 ');
    await userEvent.click(screen.getByRole('radio', { name: 'English' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByText('Dina val är sparade.')).toBeTruthy();
    expect(sent).toEqual([
      {
        email: 'anna@example.se',
        mobile: '070-111 22 33',
        notifyByEmail: false,
        notifyBySms: true,
        language: 'en',
        confirmProtectedIdentity: false,
      },
    ]);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Mobilnummer' }).value).toBe('+46701112233');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'E-post' }).checked).toBe(false);
  });

  it('shows a channel the municipality does not use as not offered, and cannot be ticked', async () => {
    stored.municipalityOffers = { email: true, sms: false };
    renderPage(<NotificationPreferencesRoute />);
    const sms = await screen.findByRole<HTMLInputElement>('checkbox', { name: 'Sms' });
    expect(sms.disabled).toBe(true);
    expect(sms.checked).toBe(false);
    expect(sms.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(sms.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Din kommun skickar inga aviseringar med sms.',
    );
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'E-post' }).disabled).toBe(false);
  });

  it('shows the API’s field errors in plain Swedish at the fields and in a summary that links to them', async () => {
    server.use(
      http.put(PATH, () =>
        HttpResponse.json(
          {
            type: 'urn:ebistans:problem:invalid-preferences',
            title: 'Error',
            status: 422,
            requestId: 'r1',
            errors: [
              {
                path: 'email',
                code: 'email_needed_for_email',
                message: 'Fyll i din e-postadress, eller kryssa ur E-post.',
              },
              {
                path: 'mobile',
                code: 'phone_invalid',
                message: 'Ange ett telefonnummer med siffror, till exempel 070-123 45 67.',
              },
            ],
          },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const { container } = renderPage(<NotificationPreferencesRoute />);
    await userEvent.clear(await screen.findByRole('textbox', { name: 'E-postadress' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'E-postadress Fyll i din e-postadress, eller kryssa ur E-post.',
      'Mobilnummer Ange ett telefonnummer med siffror, till exempel 070-123 45 67.',
    ]);
    expect(links[0]!.getAttribute('href')).toBe('#field-email');
    const email = screen.getByRole('textbox', { name: 'E-postadress' });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain('field-email-error');
    expect(document.getElementById('field-email-error')?.textContent).toContain(
      'Fyll i din e-postadress, eller kryssa ur E-post.',
    );
    expect(screen.queryByText('Dina val är sparade.')).toBeNull();
    await expectAccessible(container);
  });

  it('asks a protected identity to confirm, and sends the confirmation only when ticked', async () => {
    stored.protectedIdentity = true;
    const { container } = renderPage(<NotificationPreferencesRoute />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Du har skyddade personuppgifter' })).toBeTruthy();
    expect(screen.getByText('Du har inte bekräftat. Vi skickar ingen e-post och inga sms till dig.')).toBeTruthy();
    await expectAccessible(container);

    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByText('Dina val är sparade.');
    expect(sent[0]).toMatchObject({ confirmProtectedIdentity: false });
    expect(screen.getByText(/Du har inte bekräftat/)).toBeTruthy();

    await userEvent.click(screen.getByRole('checkbox', { name: /Jag förstår att andra kan se e-post och sms/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(
      await screen.findByText(/Du bekräftade 22 november 2026 kl. 15:30 att du vill få aviseringar\./),
    ).toBeTruthy();
    expect(sent[1]).toMatchObject({ confirmProtectedIdentity: true });
    // A later save asks anew instead of confirming again by itself.
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /Jag förstår att andra kan se/ }).checked).toBe(
      false,
    );
  });

  it('has no protected-identity box for other applicants, and speaks English in the English interface', async () => {
    renderPage(<NotificationPreferencesRoute />, { language: 'en' });
    expect(await screen.findByRole('checkbox', { name: 'Text message' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Language of e-mails and text messages' })).toBeTruthy();
    expect(screen.queryByText(/protected personal details/)).toBeNull();
  });
});
