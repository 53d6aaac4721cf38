import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { expectAccessible } from '../../../test-support/expect-accessible';
import type { Attachment, Checklist, ChecklistItem } from '../api/get-draft-checklist';
import { ChecklistView, type ChecklistViewProps } from './checklist-view';

/** XMLHttpRequest as far as the upload uses it, with the server's side in the test's hands. */
class FakeRequest {
  static sent: FakeRequest[] = [];
  readonly upload = new EventTarget();
  private readonly events = new EventTarget();
  url = '';
  body: FormData | undefined;
  status = 0;
  responseText = '';
  aborted = false;

  open(_method: string, url: string) {
    this.url = url;
  }
  addEventListener(type: string, listener: EventListener) {
    this.events.addEventListener(type, listener);
  }
  send(body: FormData) {
    this.body = body;
    FakeRequest.sent.push(this);
  }
  abort() {
    this.aborted = true;
    this.events.dispatchEvent(new Event('abort'));
  }
  fileName() {
    return (this.body?.get('file') as File).name;
  }
  progress(loaded: number, total: number) {
    this.upload.dispatchEvent(new ProgressEvent('progress', { lengthComputable: true, loaded, total }));
  }
  fail() {
    this.events.dispatchEvent(new Event('error'));
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.events.dispatchEvent(new Event('load'));
  }
}

const formId = 'ekonomiskt-bistand-manadsansokan';
const target = { kind: 'draft', formId } as const;

function attachment(fileName: string, contentType: string): Attachment {
  return {
    id: `id-${fileName}`,
    category: 'rent_notice',
    requirementId: 'rent_notice',
    fileName,
    contentType,
    sizeBytes: 2048,
    sha256: 'a'.repeat(64),
    createdAt: '2026-11-22T09:00:00Z',
  };
}

function requirement(attachments: Attachment[] = []): ChecklistItem {
  return {
    id: 'rent_notice',
    category: 'rent_notice',
    label: { sv: 'Hyresavi', en: 'Rent notice' },
    reason: { sv: 'Du bor i hyresrätt och söker pengar till hyran.', en: 'You rent your home.' },
    status: attachments.length > 0 ? 'attached' : 'missing',
    sendLater: false,
    attachments,
  };
}

function renderView(checklist: Checklist, props: Partial<ChecklistViewProps> = {}) {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  const handlers = {
    onRemove: vi.fn(async () => undefined),
    onSendLater: vi.fn(async () => undefined),
    ...props,
  };
  const view = render(
    <QueryClientProvider client={new QueryClient()}>
      <I18nextProvider i18n={i18n}>
        <main>
          <ChecklistView target={target} checklist={checklist} removingId={undefined} {...handlers} />
        </main>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return { ...view, ...handlers };
}

const file = (name: string, type: string) => new File([new Uint8Array(100)], name, { type });
const status = () =>
  screen
    .getAllByRole('status')
    .map((element) => element.textContent)
    .join(' ');

beforeEach(() => {
  FakeRequest.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeRequest);
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:preview', revokeObjectURL: vi.fn() }));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('uploading receipts', () => {
  it('sends several files at once, one request each, each with its own progress bar', async () => {
    const { container } = renderView({ items: [requirement()], unmatched: [] });
    await userEvent.upload(screen.getByLabelText('Välj filer för Hyresavi'), [
      file('hyresavi.pdf', 'application/pdf'),
      file('kvitto.jpg', 'image/jpeg'),
    ]);

    expect(FakeRequest.sent.map((request) => request.fileName())).toEqual(['hyresavi.pdf', 'kvitto.jpg']);
    for (const request of FakeRequest.sent) {
      expect(request.url).toBe(`/api/applicant/drafts/current/attachments?formId=${formId}`);
      expect(request.body?.get('category')).toBe('rent_notice');
      expect(request.body?.get('requirementId')).toBe('rent_notice');
    }
    const [pdf, jpg] = FakeRequest.sent as [FakeRequest, FakeRequest];
    act(() => {
      pdf.progress(50, 100);
      jpg.progress(1, 4);
    });
    const pdfBar = screen.getByRole('progressbar', { name: 'Laddar upp hyresavi.pdf' });
    expect(pdfBar.getAttribute('value')).toBe('50');
    expect(screen.getByRole('progressbar', { name: 'Laddar upp kvitto.jpg' }).getAttribute('value')).toBe('25');
    expect(pdfBar.closest('li')?.textContent).toContain('50 %');
    // The photo being sent shows as a thumbnail, the PDF as a file icon.
    expect(
      screen.getByRole('progressbar', { name: 'Laddar upp kvitto.jpg' }).closest('li')?.querySelector('img')?.src,
    ).toBe('blob:preview');
    await expectAccessible(container);

    act(() => pdf.respond(201, { items: [attachment('hyresavi.pdf', 'application/pdf')] }));
    await vi.waitFor(() => expect(screen.queryByRole('progressbar', { name: 'Laddar upp hyresavi.pdf' })).toBeNull());
    expect(status()).toContain('”hyresavi.pdf” är uppladdad.');
    expect(screen.getByRole('progressbar', { name: 'Laddar upp kvitto.jpg' })).toBeTruthy();
  });

  it('explains a refused file in plain Swedish and keeps the others, until the person clears it', async () => {
    const { container } = renderView({ items: [requirement()], unmatched: [] });
    await userEvent.upload(screen.getByLabelText('Välj filer för Hyresavi'), [
      file('stor.pdf', 'application/pdf'),
      file('lagom.pdf', 'application/pdf'),
    ]);
    const [large, fine] = FakeRequest.sent as [FakeRequest, FakeRequest];
    act(() => large.respond(413, { type: 'urn:ebistans:problem:file-too-large', title: 'Too large', status: 413 }));

    const refused = await screen.findByText(/Filen är för stor\./, { selector: '.field-error' });
    const item = refused.closest('li')!;
    expect(item.textContent).toContain('stor.pdf');
    expect(status()).toContain('”stor.pdf” kunde inte laddas upp. Filen är för stor.');
    // The other file is still on its way.
    expect(screen.getByRole('progressbar', { name: 'Laddar upp lagom.pdf' })).toBeTruthy();
    expect(fine.aborted).toBe(false);
    await expectAccessible(container);

    await userEvent.click(within(item).getByRole('button', { name: 'Ta bort från listan stor.pdf' }));
    expect(screen.queryByText(/Filen är för stor\./, { selector: '.field-error' })).toBeNull();
  });

  it('says what is wrong with a file of the wrong type, and when the connection was lost', async () => {
    renderView({ items: [requirement()], unmatched: [] });
    await userEvent.upload(screen.getByLabelText('Välj filer för Hyresavi'), [
      file('scan.pdf', 'application/pdf'),
      file('tag.pdf', 'application/pdf'),
    ]);
    act(() => {
      FakeRequest.sent[0]!.respond(415, { type: 'urn:ebistans:problem:unsupported-file-type', status: 415 });
      FakeRequest.sent[1]!.fail();
    });
    const wrongType = await screen.findByText(/Filen är inte en PDF eller en bild i formatet JPEG, PNG eller HEIC\./, {
      selector: '.field-error',
    });
    expect(wrongType.closest('li')?.textContent).toContain('scan.pdf');
    const lost = await screen.findByText(/Det gick inte att få kontakt med tjänsten\./, { selector: '.field-error' });
    expect(lost.closest('li')?.textContent).toContain('tag.pdf');
  });

  it('takes photos with the camera input, and a photo on its way can be cancelled', async () => {
    renderView({ items: [requirement()], unmatched: [] });
    const camera = screen.getByLabelText('Ta foto för Hyresavi');
    expect(camera.getAttribute('capture')).toBe('environment');
    expect(camera.getAttribute('accept')).toBe('image/jpeg,image/png,image/heic,image/heif');
    expect(screen.getByLabelText('Välj filer för Hyresavi').getAttribute('accept')).toBe(
      'application/pdf,image/jpeg,image/png,image/heic,image/heif',
    );

    await userEvent.upload(camera, [file('foto.png', 'image/png')]);
    await userEvent.click(screen.getByRole('button', { name: 'Avbryt foto.png' }));
    expect(FakeRequest.sent[0]?.aborted).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('files a file for no receipt under "Övriga bifogade filer"', async () => {
    renderView({ items: [], unmatched: [attachment('brev.pdf', 'application/pdf')] });
    const other = screen.getByRole('region', { name: 'Övriga bifogade filer' });
    expect(within(other).getByText('brev.pdf', { selector: '.file__name' })).toBeTruthy();
    await userEvent.upload(within(other).getByLabelText('Välj filer för Övriga bifogade filer'), [
      file('intyg.pdf', 'application/pdf'),
    ]);
    expect(FakeRequest.sent[0]?.body?.get('category')).toBe('other');
    expect(FakeRequest.sent[0]?.body?.get('requirementId')).toBeNull();
  });
});

describe('removing a file and sending a receipt later', () => {
  it('removes a stored file, says so and moves focus to its receipt', async () => {
    const photo = attachment('hyresavi.jpg', 'image/jpeg');
    const { onRemove, container } = renderView({ items: [requirement([photo])], unmatched: [] });
    const item = screen.getByRole('heading', { level: 2, name: 'Hyresavi' }).closest('li')!;
    expect(within(item).getByText('Bifogad')).toBeTruthy();
    // Stored images are shown from the draft; the thumbnail is decorative, the name is beside it.
    const thumbnail = item.querySelector('img')!;
    expect(thumbnail.getAttribute('src')).toBe(
      `/api/applicant/drafts/current/attachments/id-hyresavi.jpg/content?formId=${formId}`,
    );
    expect(thumbnail.getAttribute('alt')).toBe('');
    await expectAccessible(container);

    await userEvent.click(within(item).getByRole('button', { name: 'Ta bort hyresavi.jpg' }));
    expect(onRemove).toHaveBeenCalledWith(photo);
    await vi.waitFor(() => expect(status()).toContain('”hyresavi.jpg” är borttagen.'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Hyresavi' }));
  });

  it('keeps the file when removing it failed', async () => {
    const photo = attachment('hyresavi.pdf', 'application/pdf');
    renderView(
      { items: [requirement([photo])], unmatched: [] },
      { onRemove: vi.fn(async () => Promise.reject(new TypeError('offline'))) },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort hyresavi.pdf' }));
    expect(status()).not.toContain('borttagen');
  });

  it('marks a receipt "Jag skickar detta senare"', async () => {
    const item = requirement();
    // The checklist has not answered yet: the box shows the person's choice meanwhile.
    const { onSendLater } = renderView(
      { items: [item], unmatched: [] },
      { onSendLater: vi.fn(() => new Promise<void>(() => undefined)) },
    );
    const box = screen.getByRole('checkbox', { name: 'Jag skickar detta senare – Hyresavi' });
    await userEvent.click(box);
    expect(onSendLater).toHaveBeenCalledWith(item, true);
    expect(box).toHaveProperty('checked', true);
  });

  it('shows the box as it was when the mark could not be set', async () => {
    renderView(
      { items: [requirement()], unmatched: [] },
      { onSendLater: vi.fn(async () => Promise.reject(new TypeError('offline'))) },
    );
    const box = screen.getByRole('checkbox', { name: 'Jag skickar detta senare – Hyresavi' });
    await userEvent.click(box);
    await vi.waitFor(() => expect(box).toHaveProperty('checked', false));
  });
});
