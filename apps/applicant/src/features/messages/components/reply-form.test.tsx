import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { expectAccessible } from '../../../test-support/expect-accessible';
import { MESSAGE_MAX_LENGTH } from '../lib/message-limits';
import { ReplyForm } from './reply-form';

function renderForm() {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  const onSent = vi.fn();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <ReplyForm caseId="00000000-0000-4000-8000-000000000001" onSent={onSent} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { view, onSent };
}

// Sending itself goes to the API and is covered by e2e/tests/supplement-roundtrip.test.ts.
describe('writing a reply', () => {
  it('counts the characters left in the description the text box is read with', async () => {
    renderForm();
    const box = screen.getByRole('textbox', { name: 'Skriv ett meddelande till handläggaren' });
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    await userEvent.type(box, 'Hej');
    const description = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent?.replace(/\s/g, ' ')).toBe('Skriv vad det gäller. Du har 9 997 tecken kvar.');
  });

  it('refuses an empty message with an error at the field and in a summary that takes focus', async () => {
    const { view, onSent } = renderForm();
    await userEvent.type(screen.getByRole('textbox'), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka meddelandet' }));
    const summary = screen.getByRole('alert');
    expect(summary.contains(document.activeElement)).toBe(true);
    expect(within(summary).getByRole('link').textContent).toContain('Skriv ett meddelande innan du skickar.');
    const box = screen.getByRole('textbox');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.closest('.field')?.textContent).toContain('Skriv ett meddelande innan du skickar.');
    expect(onSent).not.toHaveBeenCalled();
    await expectAccessible(view.container);
  });

  it('refuses a message over the limit and says by how much', async () => {
    renderForm();
    const box = screen.getByRole('textbox');
    await userEvent.click(box);
    await userEvent.paste('a'.repeat(MESSAGE_MAX_LENGTH + 2));
    expect(box.closest('.field')?.textContent?.replace(/\s/g, ' ')).toContain('Du har skrivit 2 tecken för mycket.');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka meddelandet' }));
    expect(within(screen.getByRole('alert')).getByRole('link').textContent?.replace(/\s/g, ' ')).toContain(
      'Meddelandet är för långt. Det får vara högst 10 000 tecken.',
    );
  });
});
