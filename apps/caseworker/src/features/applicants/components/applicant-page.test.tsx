// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '@ebistans/ui';
import { ApplicantRoute } from '../../../app/routes/applicants-detail';
import { ApplicantsRoute } from '../../../app/routes/applicants';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import type { ApplicantDetail } from '../api/get-applicant';

const id = '00000000-0000-4000-8000-0000000000b1';
const caseId = '00000000-0000-4000-8000-0000000000c1';

let applicant: ApplicantDetail;
let role: string;
let calls: string[];
let messages: {
  id: string;
  direction: 'to_applicant' | 'from_applicant';
  body: string;
  authorName: string | null;
  readAt: string | null;
  createdAt: string;
}[];

mockApi(
  http.get('/api/auth/me', () =>
    HttpResponse.json({
      kind: 'staff',
      id: 's1',
      displayName: 'Hanna Handläggare',
      role,
      municipality: null,
      loginMethod: null,
    }),
  ),
  http.get('/api/staff/applicants', ({ request }) => {
    calls.push(`search ${new URL(request.url).searchParams.get('q')}`);
    return HttpResponse.json({
      items: [
        { id, personnummer: applicant.personnummer, givenName: 'Åsa', familyName: 'Östlund', deactivated: false },
      ],
      page: 1,
      pageSize: 25,
      total: 1,
    });
  }),
  http.get(`/api/staff/applicants/${id}`, () => HttpResponse.json(applicant)),
  http.post(`/api/staff/applicants/${id}/deactivate`, () => {
    calls.push('deactivate');
    applicant = { ...applicant, deactivatedAt: '2026-11-22T12:00:00.000Z' };
    return new HttpResponse(null, { status: 204 });
  }),
  http.post(`/api/staff/applicants/${id}/password`, () => {
    calls.push('password');
    return HttpResponse.json({ password: 'abcd-efgh-jkmn-pqrs' });
  }),
  http.post(`/api/staff/applicants/${id}/code-list/pdf`, () => {
    calls.push('code-list');
    return new HttpResponse('%PDF-1.7', { headers: { 'content-type': 'application/pdf' } });
  }),
  http.get(`/api/staff/applicants/${id}/messages`, () => HttpResponse.json({ items: messages })),
  http.post(`/api/staff/applicants/${id}/messages`, async ({ request }) => {
    const { body } = (await request.json()) as { body: string };
    messages = [
      ...messages,
      {
        id: `m${messages.length}`,
        direction: 'to_applicant',
        body,
        authorName: 'Hanna Handläggare',
        readAt: null,
        createdAt: '2026-11-22T12:05:00.000Z',
      },
    ];
    return HttpResponse.json({ id: 'm1' }, { status: 201 });
  }),
);

beforeEach(() => {
  role = 'caseworker';
  calls = [];
  messages = [];
  applicant = {
    id,
    personnummer: '191212121212',
    givenName: 'Åsa',
    familyName: 'Östlund',
    mobile: '0701234567',
    email: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    deactivatedAt: null,
    lockedUntil: null,
    hasPassword: true,
    hasActiveCodeList: false,
    cases: [
      {
        id: caseId,
        caseNumber: '2026-000042',
        period: '2026-12',
        status: 'submitted',
        submittedAt: '2026-11-20T10:00:00.000Z',
      },
    ],
  };
});

function renderAt(path: string) {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/sokande" element={<ApplicantsRoute />} />
            <Route path="/sokande/:applicantId" element={<ApplicantRoute />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('Hantera sökande', () => {
  it('finds applicants and links to each', async () => {
    renderAt('/sokande?sok=%C3%B6stl');
    expect(await screen.findByRole('status')).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'Östlund, Åsa' });
    expect(link.getAttribute('href')).toBe(`/sokande/${id}`);
    expect(screen.getByRole('cell', { name: '19121212-1212' })).toBeTruthy();
    expect(calls).toEqual(['search östl']);
  });

  it('shows details and cases, and deactivates only after a confirmation', async () => {
    renderAt(`/sokande/${id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Åsa Östlund' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '2026-000042' }).getAttribute('href')).toBe(`/arenden/${caseId}`);
    expect(screen.getByText('Aktivt')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Stäng av kontot' }));
    const question = screen.getByRole('group', { name: /Stänga av kontot för Åsa Östlund\?/ });
    expect(calls).toEqual([]);
    fireEvent.click(within(question).getByRole('button', { name: 'Ja, stäng av kontot' }));
    expect(await screen.findByText('Kontot är avstängt.')).toBeTruthy();
    expect(calls).toEqual(['deactivate']);
    expect(await screen.findByRole('button', { name: 'Aktivera kontot igen' })).toBeTruthy();
    expect(screen.getByText(/^Avstängt sedan/)).toBeTruthy();
  });

  it('cancels a confirmation and returns focus to the button', async () => {
    renderAt(`/sokande/${id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Skapa nytt lösenord' }));
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Skapa nytt lösenord' })),
    );
    expect(calls).toEqual([]);
  });

  it('shows a new password once after a reset', async () => {
    renderAt(`/sokande/${id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Skapa nytt lösenord' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, skapa nytt lösenord' }));
    expect(await screen.findByRole('heading', { name: 'Nytt lösenord' })).toBeTruthy();
    expect(screen.getByText('abcd-efgh-jkmn-pqrs')).toBeTruthy();
    expect(calls).toEqual(['password']);
  });

  it('opens a new code list as a PDF', async () => {
    const opened: string[] = [];
    // jsdom has no object URLs and does not navigate; the link the page clicks is recorded instead.
    URL.createObjectURL = () => 'blob:kodlista';
    URL.revokeObjectURL = () => undefined;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      opened.push(`${this.href} ${this.download}`);
    });
    renderAt(`/sokande/${id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Skriv ut ny kodlista' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, skapa kodlista' }));
    expect(await screen.findByText(/Kodlistan är skapad och öppnad som PDF/)).toBeTruthy();
    expect(opened).toEqual(['blob:kodlista kodlista.pdf']);
    click.mockRestore();
  });

  it('sends a message outside cases and shows it in the thread', async () => {
    renderAt(`/sokande/${id}`);
    expect(await screen.findByText('Inga meddelanden ännu.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Nytt meddelande till den sökande' }), {
      target: { value: 'Välkommen på möte tisdag.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka meddelandet' }));
    expect(await screen.findByText('Välkommen på möte tisdag.')).toBeTruthy();
    expect(screen.getByText('Meddelandet är skickat.')).toBeTruthy();
  });

  it('shows in words whether and when the applicant read each message sent to them', async () => {
    messages = [
      {
        id: 'm0',
        direction: 'to_applicant',
        body: 'Välkommen på möte tisdag.',
        authorName: 'Hanna Handläggare',
        readAt: '2026-11-22T09:14:00.000Z',
        createdAt: '2026-11-22T08:00:00.000Z',
      },
      {
        id: 'm1',
        direction: 'to_applicant',
        body: 'Ta med kodlistan.',
        authorName: 'Hanna Handläggare',
        readAt: null,
        createdAt: '2026-11-22T08:30:00.000Z',
      },
    ];
    renderAt(`/sokande/${id}`);
    const read = (await screen.findByText('Välkommen på möte tisdag.')).closest('li')!;
    expect(read.textContent).toContain('– läst 22 november 2026 kl. 10:14');
    expect(screen.getByText('Ta med kodlistan.').closest('li')!.textContent).toContain('– inte läst än');
  });

  it('lets an assistant look but offers no changes', async () => {
    role = 'assistant';
    renderAt(`/sokande/${id}`);
    expect(await screen.findByText('Som assistent kan du se uppgifterna men inte ändra kontot.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Stäng av kontot' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Nytt meddelande till den sökande' })).toBeNull();
  });
});
