import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { expectAccessible } from '../../../test-support/expect-accessible';
import { CaseDecision } from './case-decision';

describe('the decision on the case page', () => {
  it('says what was decided, the amount, when and why, and links to the letter', async () => {
    const i18n = createI18n({ sv, en });
    void i18n.changeLanguage('sv');
    const view = render(
      <I18nextProvider i18n={i18n}>
        <CaseDecision
          caseId="00000000-0000-4000-8000-000000000001"
          decision={{
            outcome: 'delavslag',
            amount: 4200,
            motivation: 'Hyran är högre än skälig nivå.',
            period: null,
            decidedAt: '2026-12-02T10:00:00Z',
          }}
        />
      </I18nextProvider>,
    );
    const region = screen.getByRole('region', { name: 'Beslut' });
    expect(region.textContent).toContain('Du får ekonomiskt bistånd för en del av det du sökte.');
    expect(region.textContent).toMatch(/4\s200 kr/);
    expect(region.textContent).toContain('2 december 2026');
    expect(region.textContent).toContain('Hyran är högre än skälig nivå.');
    expect(screen.getByRole('link', { name: 'Ladda ner beslutet som PDF' }).getAttribute('href')).toBe(
      '/api/applicant/cases/00000000-0000-4000-8000-000000000001/decision.pdf',
    );
    await expectAccessible(view.container);
  });

  it('gives the days a decision made in the case system covers', () => {
    const i18n = createI18n({ sv, en });
    void i18n.changeLanguage('sv');
    render(
      <I18nextProvider i18n={i18n}>
        <CaseDecision
          caseId="00000000-0000-4000-8000-000000000001"
          decision={{
            outcome: 'bifall',
            amount: 9150,
            motivation: null,
            period: { from: '2026-12-01', to: '2026-12-31' },
            decidedAt: '2026-12-02T10:00:00Z',
          }}
        />
      </I18nextProvider>,
    );
    const region = screen.getByRole('region', { name: 'Beslut' });
    expect(region.textContent).toContain('Period');
    expect(region.textContent).toContain('1 december 2026 – 31 december 2026');
    expect(region.textContent).toMatch(/9\s150 kr/);
    expect(region.textContent).not.toContain('Motivering');
  });
});
