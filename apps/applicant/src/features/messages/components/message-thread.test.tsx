import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { expectAccessible } from '../../../test-support/expect-accessible';
import type { CaseMessage } from '../api/list-messages';
import { MessageThread } from './message-thread';

const fromCaseworker: CaseMessage = {
  id: '00000000-0000-4000-8000-000000000001',
  direction: 'to_applicant',
  body: 'Hej!\nVi behöver din hyresavi.',
  authorName: 'Hanna Handläggare',
  readAt: null,
  createdAt: '2026-11-21T09:30:00.000Z',
  attachments: [],
};
const readReply: CaseMessage = {
  id: '00000000-0000-4000-8000-000000000002',
  direction: 'from_applicant',
  body: 'Den kommer i morgon.',
  authorName: null,
  readAt: '2026-11-21T12:05:00.000Z',
  createdAt: '2026-11-21T10:00:00.000Z',
  attachments: [{ id: '00000000-0000-4000-8000-0000000000f1', fileName: 'intyg.pdf', contentType: 'application/pdf' }],
};
const unreadReply: CaseMessage = { ...readReply, id: '00000000-0000-4000-8000-000000000003', readAt: null };

function renderThread(messages: CaseMessage[], newIds: string[]) {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  return render(
    <I18nextProvider i18n={i18n}>
      <MessageThread caseId="00000000-0000-4000-8000-0000000000ca" messages={messages} newIds={new Set(newIds)} />
    </I18nextProvider>,
  );
}

describe('the message thread', () => {
  it("names the caseworker, marks what is new, and says whether the caseworker has read the applicant's messages", async () => {
    const view = renderThread([fromCaseworker, readReply, unreadReply], [fromCaseworker.id]);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Från Hanna Handläggare, handläggare Nytt', 'Från dig', 'Från dig']);
    const [received, read, unread] = view.container.querySelectorAll('ol.messages > li');
    expect(received?.textContent).toContain('21 november 2026 kl. 10:30');
    expect(received?.textContent).not.toContain('Läst');
    expect(read?.textContent).toContain('Läst 21 november 2026 kl. 13:05');
    expect(unread?.textContent).toContain('Inte läst ännu');
    await expectAccessible(view.container);
  });

  it('links the files sent with a message for download', () => {
    renderThread([readReply], []);
    const link = screen.getByRole('link', { name: 'intyg.pdf' });
    expect(link.getAttribute('href')).toBe(
      '/api/applicant/cases/00000000-0000-4000-8000-0000000000ca/attachments/00000000-0000-4000-8000-0000000000f1/content',
    );
    expect(screen.getByRole('list', { name: 'Bifogade filer' })).toBeTruthy();
  });

  it('keeps a read message from being called new', () => {
    renderThread([fromCaseworker], []);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Från Hanna Handläggare, handläggare');
  });

  it('says so when there are no messages', () => {
    renderThread([], []);
    expect(screen.getByText('Det finns inga meddelanden ännu.')).toBeTruthy();
  });
});
