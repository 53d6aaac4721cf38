// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { CaseDocuments } from './case-documents';

const caseId = '00000000-0000-4000-8000-000000000001';
const documentsPath = `/api/staff/cases/${caseId}/documents`;

const receipt = {
  id: '00000000-0000-4000-8000-0000000000d1',
  category: 'salary_slip',
  requirementId: null,
  messageId: null,
  fileName: 'lönespec.png',
  contentType: 'image/png',
  sizeBytes: 20480,
  uploadedBy: { kind: 'applicant', name: 'Tolvan Tolvansson' },
  applicantDownloadedAt: null,
  createdAt: '2026-11-20T09:00:00.000Z',
};
const letter = {
  ...receipt,
  id: '00000000-0000-4000-8000-0000000000d2',
  category: 'document',
  messageId: '00000000-0000-4000-8000-0000000000e1',
  fileName: 'brev.pdf',
  contentType: 'application/pdf',
  uploadedBy: { kind: 'staff', name: 'Hanna Handläggare' },
  applicantDownloadedAt: '2026-11-22T09:14:00.000Z',
  createdAt: '2026-11-21T09:00:00.000Z',
};

let items: unknown[];
// jsdom's File reaches MSW as a nameless blob, so the names are not checked here (the API tests do).
let uploads: { category: unknown; files: number }[];
const server = mockApi(
  http.get(documentsPath, () => HttpResponse.json({ items })),
  http.post(documentsPath, async ({ request }) => {
    const body = await request.formData();
    const files = body.getAll('file');
    uploads.push({ category: body.get('category'), files: files.length });
    return HttpResponse.json({ items: files.map(() => ({ ...letter, messageId: null })) }, { status: 201 });
  }),
);

beforeEach(() => {
  items = [receipt, letter];
  uploads = [];
});

function renderDocuments() {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <CaseDocuments caseId={caseId} handedOver={false} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

function chooseFiles(...files: File[]) {
  fireEvent.change(screen.getByLabelText('Välj filer'), { target: { files } });
}

describe('Handlingar', () => {
  it('lists every document with its kind, who sent it and how (and whether the applicant has downloaded what we sent), each opening in the browser', async () => {
    renderDocuments();
    const table = await screen.findByRole('table', { name: 'Handlingar i ärendet' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows[0]?.slice(0, 3)).toEqual([
      'lönespec.png (öppnas i ny flik)',
      'Lönespecifikation',
      'Tolvan Tolvansson (sökande)',
    ]);
    expect(rows[1]?.slice(0, 3)).toEqual([
      'brev.pdf (öppnas i ny flik)',
      'Handling',
      'Hanna Handläggare (handläggare), med ett meddelandeHämtad av den sökande 22 november 2026 kl. 10:14',
    ]);
    expect(screen.getByRole('link', { name: /^brev\.pdf/ }).getAttribute('href')).toBe(
      `/api/staff/cases/${caseId}/attachments/${letter.id}/content?inline=true`,
    );
  });

  it('says in words when the applicant has not downloaded a file we sent yet', async () => {
    items = [{ ...letter, applicantDownloadedAt: null }];
    renderDocuments();
    expect(await screen.findByText(/Inte hämtad av den sökande än/)).toBeTruthy();
  });

  it('gives the download receipt of a document the case system sent too', async () => {
    items = [{ ...letter, uploadedBy: { kind: 'integration', name: null }, applicantDownloadedAt: null }];
    renderDocuments();
    expect(await screen.findByText(/Inte hämtad av den sökande än/)).toBeTruthy();
    expect(screen.getByText(/^verksamhetssystemet, med ett meddelande/)).toBeTruthy();
  });

  it('says so when there are none', async () => {
    items = [];
    renderDocuments();
    expect(await screen.findByText('Ärendet har inga handlingar än.')).toBeTruthy();
  });

  it('uploads the chosen files as documents and says how many', async () => {
    renderDocuments();
    await screen.findByRole('table');
    chooseFiles(new File(['%PDF-1.4'], 'skanning.pdf', { type: 'application/pdf' }), new File(['x'], 'sida2.png'));
    fireEvent.click(screen.getByRole('button', { name: 'Ladda upp' }));
    expect(await screen.findByText('2 handlingar är uppladdade.')).toBeTruthy();
    expect(uploads).toEqual([{ category: 'document', files: 2 }]);
  });

  it('asks for a file at the field, and shows why the API refused one', async () => {
    renderDocuments();
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Ladda upp' }));
    expect(await screen.findByText('Välj minst en fil att ladda upp.')).toBeTruthy();
    expect(screen.getByLabelText('Välj filer').getAttribute('aria-invalid')).toBe('true');
    expect(uploads).toEqual([]);

    const detail = 'Filen ”anteckning.txt” är inte en PDF eller en bild i formatet JPEG, PNG eller HEIC.';
    server.use(
      http.post(documentsPath, () =>
        HttpResponse.json(
          {
            type: 'urn:ebistans:problem:unsupported-file-type',
            title: 'Unsupported',
            status: 415,
            detail,
            requestId: 'r',
          },
          { status: 415, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    chooseFiles(new File(['hej'], 'anteckning.txt'));
    fireEvent.click(screen.getByRole('button', { name: 'Ladda upp' }));
    expect((await screen.findByRole('alert')).textContent).toBe(detail);
  });
});
