import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/create-i18n.js';
import { AppAuthContext, type AppAuth, type SessionTimer } from '../lib/app-auth.js';
import { loginPath } from '../lib/login-paths.js';
import { ProblemError } from '../lib/problem.js';
import { SessionEndedNotice } from './session-ended-notice.js';
import { SessionTimeoutWarning } from './session-timeout-warning.js';

const minute = 60_000;
const sessionExpired = () =>
  new ProblemError({ type: 'urn:ebistans:problem:session-expired', status: 401, title: 'Session expired' });

/**
 * The server's idle timer as the tests drive it: 15 minutes from the last activity, `active()` stands for
 * any API call the app makes, and the session is gone once the time is up.
 */
function fakeServer() {
  let lastActivity = Date.now();
  const left = () => lastActivity + 15 * minute - Date.now();
  const answer = async () => {
    if (left() <= 0) throw sessionExpired();
    return { expiresInSeconds: Math.floor(left() / 1000) };
  };
  const timer: SessionTimer = {
    getExpiry: vi.fn(answer),
    extend: vi.fn(async () => {
      if (left() > 0) lastActivity = Date.now();
      return answer();
    }),
  };
  return {
    timer,
    active: () => {
      lastActivity = Date.now();
    },
  };
}

function renderWarning(timer: SessionTimer, clean: Pick<AppAuth, 'onSessionEnded'> = {}) {
  const auth: AppAuth = {
    kind: 'applicant',
    getMe: vi.fn(),
    verifyLogin: vi.fn(),
    logout: vi.fn(async () => undefined),
    onLoggedOut: vi.fn(),
    ...clean,
  };
  const i18n = createI18n({
    sv: { serviceName: 'Test', notFound: { toStart: 'Start' } },
    en: { serviceName: 'Test', notFound: { toStart: 'Start' } },
  });
  const router = createMemoryRouter([
    { path: '/', element: <SessionTimeoutWarning timer={timer} /> },
    { path: loginPath, element: <SessionEndedNotice detail="Dina svar är sparade." /> },
  ]);
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient()}>
        <AppAuthContext value={auth}>
          <RouterProvider router={router} />
        </AppAuthContext>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { auth, router };
}

const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const dialog = () => screen.queryByRole('dialog', { name: 'Du loggas snart ut' });

beforeAll(() => {
  // jsdom has no modal dialogs; what matters here is whether the warning is open.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
  };
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SessionTimeoutWarning', () => {
  it('warns two minutes before the session ends and keeps it when the user wants to stay', async () => {
    const server = fakeServer();
    renderWarning(server.timer);
    await wait(0);
    await wait(12 * minute);
    expect(dialog()).toBeNull();

    await wait(1 * minute);
    const warning = dialog();
    expect(warning).not.toBeNull();
    expect(warning?.textContent).toContain('loggas du ut om 2 minuter');
    const stay = screen.getByRole('button', { name: 'Fortsätt vara inloggad' });
    expect(document.activeElement).toBe(stay);

    await wait(15_000);
    expect(dialog()?.textContent).toContain('om 1 minut och 45 sekunder');
    await wait(45_000);
    expect(screen.getByText('Du loggas ut om 1 minut.')).toBeTruthy();

    fireEvent.click(stay);
    await wait(0);
    expect(server.timer.extend).toHaveBeenCalledOnce();
    expect(dialog()).toBeNull();
    // The idle time started over: the next warning comes 13 minutes later.
    await wait(12 * minute);
    expect(dialog()).toBeNull();
    await wait(1 * minute);
    expect(dialog()).not.toBeNull();
  });

  it('asks the server before warning, so activity since then postpones the warning', async () => {
    const server = fakeServer();
    renderWarning(server.timer);
    await wait(0);
    await wait(5 * minute);
    server.active();
    await wait(8 * minute);
    expect(dialog()).toBeNull();
    await wait(5 * minute);
    expect(dialog()).not.toBeNull();
  });

  it('treats Escape as staying logged in', async () => {
    const server = fakeServer();
    renderWarning(server.timer);
    await wait(13 * minute);
    const warning = dialog();
    expect(warning).not.toBeNull();
    fireEvent(warning!, new Event('cancel', { cancelable: true }));
    await wait(0);
    expect(server.timer.extend).toHaveBeenCalledOnce();
    expect(dialog()).toBeNull();
  });

  it('shows the login page saying why once the session has ended, and forgets what the browser held', async () => {
    const server = fakeServer();
    const { auth, router } = renderWarning(server.timer);
    await wait(13 * minute);
    expect(dialog()).not.toBeNull();
    await wait(2 * minute + 2_000);

    expect(router.state.location.pathname).toBe(loginPath);
    expect(screen.getByRole('alert').textContent).toBe(
      'Du har loggats ut eftersom du inte har gjort något i tjänsten på en stund. Logga in igen för att fortsätta.Dina svar är sparade.',
    );
    expect(auth.onLoggedOut).toHaveBeenCalledOnce();
  });

  it("runs the app's own clean-up for an ended session, which may keep unsent answers, instead of the logout's", async () => {
    const server = fakeServer();
    const { auth, router } = renderWarning(server.timer, { onSessionEnded: vi.fn() });
    await wait(15 * minute + 2_000);
    expect(router.state.location.pathname).toBe(loginPath);
    expect(auth.onSessionEnded).toHaveBeenCalledOnce();
    expect(auth.onLoggedOut).not.toHaveBeenCalled();
  });

  it('logs out at once when the user chooses to', async () => {
    const server = fakeServer();
    const { auth, router } = renderWarning(server.timer);
    await wait(13 * minute);
    fireEvent.click(screen.getByRole('button', { name: 'Logga ut' }));
    await wait(0);
    expect(auth.logout).toHaveBeenCalledOnce();
    expect(router.state.location.pathname).toBe(loginPath);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
