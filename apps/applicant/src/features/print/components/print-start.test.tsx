import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { Outlet, RouterProvider, createMemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { expectAccessible } from '../../../test-support/expect-accessible';
import type { Municipality } from '../api/list-municipalities';
import { usePrintSession } from '../hooks/use-print-session';
import { printStartPath } from '../lib/print-form';
import { PrintStart } from './print-start';

const municipalities: Municipality[] = [
  { id: '00000000-0000-4000-8000-000000000001', slug: 'norrby', name: 'Norrby kommun', loginMethods: ['bankid'] },
  { id: '00000000-0000-4000-8000-000000000002', slug: 'soderby', name: 'Söderby kommun', loginMethods: ['bankid'] },
];

function Layout() {
  return <Outlet context={usePrintSession()} />;
}

function renderStart() {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  const router = createMemoryRouter(
    [
      {
        element: <Layout />,
        children: [
          { path: printStartPath, element: <PrintStart municipalities={municipalities} /> },
          { path: `${printStartPath}/:stepId`, element: <p>Första steget</p> },
        ],
      },
    ],
    { initialEntries: [printStartPath] },
  );
  return render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

afterEach(() => sessionStorage.clear());

describe('starting an application to print', () => {
  it('says that nothing is stored, asks for the municipality, and keeps the choice in this tab only', async () => {
    const view = renderStart();
    screen.getByRole('heading', { level: 1, name: 'Fyll i ansökan och skriv ut den' });
    expect(screen.getByText('Inget sparas hos kommunen.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Börja fylla i' }));
    const summary = screen.getByRole('alert');
    expect(summary.contains(document.activeElement)).toBe(true);
    expect(within(summary).getByRole('link').getAttribute('href')).toBe('#field-municipality');
    await expectAccessible(view.container);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kommun' }), 'Söderby kommun');
    await userEvent.click(screen.getByRole('button', { name: 'Börja fylla i' }));
    await screen.findByText('Första steget');
    const stored: unknown = JSON.parse(Object.values(sessionStorage).join(''));
    expect(stored).toEqual({ municipality: 'soderby', answers: {} });
    expect(JSON.stringify(Object.values(localStorage))).not.toContain('soderby');
  });
});
