import { useSyncExternalStore } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { FormData } from '@ebistans/schema';
import { ProblemError, createI18n } from '@ebistans/ui';
import en from '../../../locales/en.json';
import sv from '../../../locales/sv.json';
import { expectAccessible } from '../../../test-support/expect-accessible';
import { isDraftConflict } from '../api/save-draft';
import { applicationForm, stepPath } from '../lib/application-form';
import type { DraftStore, StoredDraft } from '../lib/draft-store';
import { DraftOutlet, testDraftStore } from '../testing/draft-outlet';
import { DraftConflict } from './draft-conflict';
import { StepForm } from './step-form';

const step = applicationForm.steps.find((candidate) => candidate.id === 'applicant')!;

interface Save {
  data: FormData;
  revision: number | undefined;
  resolve: (draft: StoredDraft) => void;
  reject: (error: unknown) => void;
}

/** The step "Om dig" under a layout like the application's: the conflict notice above, the draft below. */
function renderStep(store: DraftStore, newest: () => Promise<StoredDraft | null>) {
  const i18n = createI18n({ sv, en });
  void i18n.changeLanguage('sv');
  function Layout() {
    const { problem } = useSyncExternalStore(store.subscribe, store.getState);
    return (
      <main>
        {problem === 'conflict' ? (
          <DraftConflict
            reload={async () => {
              const draft = await newest();
              store.replace(draft);
              return draft !== null;
            }}
          />
        ) : null}
        <DraftOutlet store={store} newest={newest} />
      </main>
    );
  }
  function Step() {
    const { generation } = useSyncExternalStore(store.subscribe, store.getState);
    return <StepForm key={generation} form={applicationForm} step={step} />;
  }
  const router = createMemoryRouter(
    [{ element: <Layout />, children: [{ path: '/ansokan/:stepId', element: <Step /> }] }],
    {
      initialEntries: [stepPath(step.id)],
    },
  );
  return render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
}

/** "10:42" in Swedish time, as the status shows a save made today. */
const clock = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(new Date(iso));

/** `pauseMs`: the pause in typing after which the draft saves by itself. */
function setUp(pauseMs = 40) {
  const saves: Save[] = [];
  const save = vi.fn(
    ({ data, revision }: { data: FormData; revision: number | undefined }) =>
      new Promise<StoredDraft>((resolve, reject) => saves.push({ data, revision, resolve, reject })),
  );
  const store = testDraftStore(
    { civilStatus: 'single' },
    {
      // Read when the application opened, saved on another day: the status shows the date too.
      initial: { revision: 1, data: { civilStatus: 'single' }, updatedAt: '2025-03-04T09:41:00Z' },
      save,
      isConflict: isDraftConflict,
      delayMs: pauseMs,
    },
  );
  const newest = vi.fn(async (): Promise<StoredDraft | null> => null);
  const view = renderStep(store, newest);
  const phone = () => screen.getByRole('textbox', { name: 'Telefonnummer' });
  return { saves, save, newest, view, phone, status: () => screen.getByRole('status').textContent };
}

describe('autosave while filling in a step', () => {
  it('saves after a pause in typing and says when, politely', async () => {
    const { saves, save, phone, status, view } = setUp();
    expect(status()).toBe('Sparat 4 mars 2025 kl. 10:41');
    expect(screen.getByRole('status').getAttribute('role')).toBe('status');

    await userEvent.type(phone(), '070123');
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(saves[0]).toMatchObject({ revision: 1, data: { civilStatus: 'single', phone: '070123' } });
    // Saving is not announced: the status changes only when a save has been stored.
    expect(status()).toBe('Sparat 4 mars 2025 kl. 10:41');

    const now = new Date().toISOString();
    await act(async () => saves[0]!.resolve({ revision: 2, data: saves[0]!.data, updatedAt: now }));
    expect(status()).toBe(`Sparat ${clock(now)}`);
    await expectAccessible(view.container);
  });

  it('saves at once on "Nästa", and says so when saving failed', async () => {
    // A pause longer than the test, so only leaving a field or the step saves, never a slow machine's
    // gap between keystrokes.
    const { saves, phone, status } = setUp(60_000);
    await userEvent.type(phone(), '0701234567');
    // Leaving the phone field for the radio buttons saves what was typed.
    await userEvent.click(screen.getByRole('radio', { name: 'Nej' }));
    expect(saves).toHaveLength(1);
    expect(saves[0]).toMatchObject({ revision: 1, data: { phone: '0701234567' } });
    await act(async () =>
      saves[0]!.resolve({ revision: 2, data: saves[0]!.data, updatedAt: new Date().toISOString() }),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Nästa' }));
    // Leaving the step does not wait for the pause in typing.
    expect(saves).toHaveLength(2);
    expect(saves[1]).toMatchObject({ revision: 2, data: { phone: '0701234567', needsInterpreter: false } });
    await act(async () => saves[1]!.reject(new TypeError('Failed to fetch')));
    expect(status()).toBe(
      'Dina senaste ändringar är inte sparade. Kontrollera internetanslutningen. Vi försöker igen.',
    );
  });

  it('explains a change made on another device and takes the newer answers on request', async () => {
    const { saves, newest, phone, status, view } = setUp();
    await userEvent.type(phone(), '070');
    await vi.waitFor(() => expect(saves).toHaveLength(1));
    await act(async () =>
      saves[0]!.reject(new ProblemError({ type: 'urn:ebistans:problem:stale-draft', status: 409 })),
    );

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Ansökan har ändrats på en annan enhet');
    expect(status()).toBe('Inte sparat');
    // Nothing more is saved over the other device's answers.
    await userEvent.type(phone(), '9');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(saves).toHaveLength(1);
    await expectAccessible(view.container);

    const savedElsewhere = new Date().toISOString();
    newest.mockResolvedValueOnce({
      revision: 5,
      data: { civilStatus: 'single', phone: '0709999999' },
      updatedAt: savedElsewhere,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Hämta den senaste versionen' }));
    await vi.waitFor(() => expect(phone()).toHaveProperty('value', '0709999999'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(status()).toBe(`Sparat ${clock(savedElsewhere)}`);
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })));
  });
});
