// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { MessageThread } from './message-thread';

const caseId = '00000000-0000-4000-8000-000000000001';
const uploadedId = '00000000-0000-4000-8000-0000000000d9';
const message = {
  id: '00000000-0000-4000-8000-0000000000e1',
  direction: 'to_applicant',
  body: 'Här är beslutet.',
  authorName: 'Hanna Handläggare',
  readAt: null,
  createdAt: '2026-11-21T09:00:00.000Z',
  attachments: [
    {
      id: '00000000-0000-4000-8000-0000000000d2',
      fileName: 'beslut.pdf',
      contentType: 'application/pdf',
      applicantDownloadedAt: null,
    },
  ],
};

let items: unknown[];
let sent: unknown[];
let uploads: number;
mockApi(
  http.get(`/api/staff/cases/${caseId}/messages`, () => HttpResponse.json({ items })),
  http.post(`/api/staff/cases/${caseId}/documents`, () => {
    uploads += 1;
    return HttpResponse.json({ items: [{ id: uploadedId }] }, { status: 201 });
  }),
  http.post(`/api/staff/cases/${caseId}/messages`, async ({ request }) => {
    sent.push(await request.json());
    return HttpResponse.json({ id: message.id }, { status: 201 });
  }),
);

beforeEach(() => {
  items = [message];
  sent = [];
  uploads = 0;
});

function renderThread() {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MessageThread caseId={caseId} handedOver={false} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('files on messages to the applicant', () => {
  it('shows the files sent with a message, each opening in the browser', async () => {
    renderThread();
    const link = await screen.findByRole('link', { name: /^beslut\.pdf/ });
    expect(link.getAttribute('href')).toBe(
      `/api/staff/cases/${caseId}/attachments/${message.attachments[0]!.id}/content?inline=true`,
    );
  });

  it('uploads the chosen files to the case first, then sends the message with them', async () => {
    renderThread();
    await screen.findByText('Här är beslutet.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Meddelande till den sökande' }), {
      target: { value: 'Se bifogat brev.' },
    });
    fireEvent.change(screen.getByLabelText('Bifoga filer (valfritt)'), {
      target: { files: [new File(['%PDF-1.4'], 'brev.pdf', { type: 'application/pdf' })] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka meddelandet' }));
    await waitFor(() => expect(sent).toEqual([{ body: 'Se bifogat brev.', attachmentIds: [uploadedId] }]));
    expect(uploads).toBe(1);
  });

  it('sends a message without files as before', async () => {
    renderThread();
    await screen.findByText('Här är beslutet.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Meddelande till den sökande' }), {
      target: { value: 'Hej!' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka meddelandet' }));
    await waitFor(() => expect(sent).toEqual([{ body: 'Hej!', attachmentIds: [] }]));
    expect(uploads).toBe(0);
  });
});

describe('read and download receipts', () => {
  const fileItem = (name: RegExp) => screen.getByRole('link', { name }).closest('li')!;

  it('says in words that the applicant has neither read the message nor downloaded the file yet', async () => {
    renderThread();
    await screen.findByText('Här är beslutet.');
    expect(screen.getByText(/Inte läst ännu/)).toBeTruthy();
    expect(fileItem(/^beslut\.pdf/).textContent).toBe('beslut.pdf (öppnas i ny flik) – Inte hämtad än');
  });

  it('shows when the applicant read the message and first downloaded each file', async () => {
    items = [
      {
        ...message,
        readAt: '2026-11-22T09:14:00.000Z',
        attachments: [
          { ...message.attachments[0], applicantDownloadedAt: '2026-11-22T09:20:00.000Z' },
          {
            id: '00000000-0000-4000-8000-0000000000d3',
            fileName: 'bilaga.pdf',
            contentType: 'application/pdf',
            applicantDownloadedAt: null,
          },
        ],
      },
    ];
    renderThread();
    await screen.findByText('Här är beslutet.');
    expect(screen.getByText(/Läst 22 november 2026 kl\. 10:14/)).toBeTruthy();
    expect(screen.queryByText(/Inte läst/)).toBeNull();
    expect(fileItem(/^beslut\.pdf/).textContent).toBe(
      'beslut.pdf (öppnas i ny flik) – Hämtad 22 november 2026 kl. 10:20',
    );
    expect(fileItem(/^bilaga\.pdf/).textContent).toBe('bilaga.pdf (öppnas i ny flik) – Inte hämtad än');
  });

  it('shows no receipts on what the applicant sent', async () => {
    items = [
      {
        ...message,
        direction: 'from_applicant',
        authorName: null,
        body: 'Här är intyget.',
        attachments: [{ ...message.attachments[0], fileName: 'intyg.pdf' }],
      },
    ];
    renderThread();
    await screen.findByText('Här är intyget.');
    expect(fileItem(/^intyg\.pdf/).textContent).toBe('intyg.pdf (öppnas i ny flik)');
    expect(screen.queryByText(/läst/i)).toBeNull();
  });
});
