import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { expectAccessible } from '../../../test-support/expect-accessible';
import type { MyCaseSummary } from '../api/list-my-cases';
import { CaseList } from './case-list';

const card = (id: string, unreadMessages: number): MyCaseSummary => ({
  id,
  caseNumber: `2026-00000${id}`,
  formId: 'ekonomiskt-bistand-manadsansokan',
  formVersion: 2,
  period: '2026-12',
  status: 'in_progress',
  submittedAt: '2026-11-20T10:00:00Z',
  unreadMessages,
});

describe('the case cards on "Mina ärenden"', () => {
  it('say on each card how many messages from the caseworker are unread', async () => {
    const i18n = createI18n({ sv, en });
    void i18n.changeLanguage('sv');
    const view = render(
      <I18nextProvider i18n={i18n}>
        <MemoryRouter>
          <CaseList cases={[card('1', 1), card('2', 3), card('3', 0)]} />
        </MemoryRouter>
      </I18nextProvider>,
    );
    const [first, second, third] = screen.getAllByRole('listitem');
    expect(first!.textContent).toContain('1 nytt meddelande');
    expect(second!.textContent).toContain('3 nya meddelanden');
    expect(third!.textContent).not.toMatch(/meddelande/);
    await expectAccessible(view.container);
  });
});
