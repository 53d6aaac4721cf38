import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { expectAccessible } from '../../../test-support/expect-accessible';
import { CaseTimeline } from './case-timeline';

function renderTimeline(events: { type: string; at: string }[], language: 'sv' | 'en' = 'sv') {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <CaseTimeline events={events} />
    </I18nextProvider>,
  );
}

describe('the case timeline', () => {
  it('tells what happened in plain words, newest first, each with its date in Swedish time', async () => {
    const view = renderTimeline([
      { type: 'submitted', at: '2026-11-20T08:00:00.000Z' },
      { type: 'message_to_applicant', at: '2026-11-21T09:30:00.000Z' },
      { type: 'supplement_requested', at: '2026-11-21T09:31:00.000Z' },
      { type: 'supplemented', at: '2026-11-22T23:30:00.000Z' },
    ]);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '23 november 2026 kl. 00:30Du skickade en komplettering.',
      '21 november 2026 kl. 10:31Handläggaren bad dig komplettera ansökan.',
      '21 november 2026 kl. 10:30Handläggaren skickade ett meddelande till dig.',
      '20 november 2026 kl. 09:00Du skickade in ansökan.',
    ]);
    expect(items[0]?.querySelector('time')?.getAttribute('dateTime')).toBe('2026-11-22T23:30:00.000Z');
    await expectAccessible(view.container);
  });

  it('shows an event this version does not know in general words, never as a code', () => {
    renderTimeline([{ type: 'payment_planned', at: '2026-11-20T08:00:00.000Z' }]);
    expect(screen.getByRole('listitem').textContent).toContain('Ärendet uppdaterades.');
    expect(screen.getByRole('listitem').textContent).not.toContain('payment_planned');
  });

  it('has the same words in English', () => {
    renderTimeline([{ type: 'decided', at: '2026-11-20T08:00:00.000Z' }], 'en');
    expect(screen.getByRole('listitem').textContent).toContain('The caseworker made a decision on the application.');
  });
});
