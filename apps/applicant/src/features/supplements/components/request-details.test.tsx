import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { expectAccessible } from '../../../test-support/expect-accessible';
import type { SupplementRequest } from '../api/list-supplements';
import { RequestDetails } from './request-details';

const request: SupplementRequest = {
  id: '00000000-0000-4000-8000-000000000001',
  message: 'Skicka lönespecifikationen för november.',
  dueDate: '2999-12-05',
  receiptCategories: ['salary_slip', 'rent_notice', 'something_new'],
  answeredAt: null,
  createdAt: '2026-11-21T09:30:00.000Z',
};

function renderDetails(shown: SupplementRequest, language: 'sv' | 'en' = 'sv') {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <RequestDetails request={shown} />
    </I18nextProvider>,
  );
}

describe('what the caseworker asks for', () => {
  it('shows the message, the last day in words and the receipt kinds in plain Swedish', async () => {
    const view = renderDetails(request);
    expect(screen.getByText('Skicka lönespecifikationen för november.')).toBeTruthy();
    expect(screen.getByText(/Senast/).textContent).toBe('Senast 5 december 2999');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Lönespecifikation',
      'Hyresavi',
      'Annat underlag',
    ]);
    expect(screen.queryByText(/Sista dagen har passerat/)).toBeNull();
    await expectAccessible(view.container);
  });

  it('says when the last day has passed', () => {
    renderDetails({ ...request, dueDate: '2020-01-31' });
    expect(screen.getByText('Sista dagen har passerat. Skicka kompletteringen så snart du kan.')).toBeTruthy();
  });

  it('reads the same in English', () => {
    renderDetails(request, 'en');
    expect(screen.getByText(/^By/).textContent).toBe('By 5 December 2999');
    expect(screen.getByText('Salary slip')).toBeTruthy();
  });
});
