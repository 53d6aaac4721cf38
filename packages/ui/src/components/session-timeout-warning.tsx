import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLeaveEndedSession, useLogout } from '../hooks/use-logout.js';
import { useSessionTimeout } from '../hooks/use-session-timeout.js';
import type { SessionTimer } from '../lib/app-auth.js';
import { problemMessage } from '../lib/problem-message.js';

const secondsUntil = (time: number) => Math.max(0, Math.ceil((time - Date.now()) / 1000));

/** The remaining time in whole seconds, updated every second while the warning is shown. */
function useSecondsLeft(expiresAt: number) {
  const [seconds, setSeconds] = useState(() => secondsUntil(expiresAt));
  useEffect(() => {
    const tick = setInterval(() => setSeconds(secondsUntil(expiresAt)), 1000);
    return () => clearInterval(tick);
  }, [expiresAt]);
  return seconds;
}

function WarningDialog({ expiresAt, onContinue }: { expiresAt: number; onContinue: () => Promise<void> }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  const logout = useLogout();
  const [error, setError] = useState<unknown>(null);
  const seconds = useSecondsLeft(expiresAt);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const countdown =
    minutes === 0
      ? t('ui.sessionTimeout.seconds', { count: rest })
      : rest === 0
        ? t('ui.sessionTimeout.minutes', { count: minutes })
        : t('ui.sessionTimeout.minutesAndSeconds', {
            minutes: t('ui.sessionTimeout.minutes', { count: minutes }),
            seconds: t('ui.sessionTimeout.seconds', { count: rest }),
          });
  // Screen readers hear the countdown at one minute and at half a minute; every second would drown the rest.
  const announcement =
    seconds <= 30
      ? t('ui.sessionTimeout.seconds', { count: 30 })
      : seconds <= 60
        ? t('ui.sessionTimeout.minutes', { count: 1 })
        : undefined;

  useEffect(() => {
    // A modal <dialog> keeps keyboard and screen reader inside it and makes the page behind it inert.
    const element = dialog.current;
    element?.showModal();
    stay.current?.focus();
    return () => element?.close();
  }, []);

  const keep = () => {
    setError(null);
    onContinue().catch(setError);
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="session-timeout-title"
      aria-describedby="session-timeout-text"
      onCancel={(event) => {
        // Escape means the user is here: keep the session rather than close a warning that still applies.
        event.preventDefault();
        keep();
      }}
    >
      <h2 id="session-timeout-title" className="dialog__title">
        {t('ui.sessionTimeout.title')}
      </h2>
      <p id="session-timeout-text">{t('ui.sessionTimeout.text', { countdown })}</p>
      <p className="visually-hidden" aria-live="polite">
        {announcement ? t('ui.sessionTimeout.announce', { countdown: announcement }) : ''}
      </p>
      {error ? <p role="alert">{problemMessage(error, t)}</p> : null}
      <div className="button-group">
        <button ref={stay} type="button" className="button" onClick={keep}>
          {t('ui.sessionTimeout.stay')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => logout.mutate()}>
          {t('ui.layout.logout')}
        </button>
      </div>
    </dialog>
  );
}

/**
 * Warns before the session ends for being idle (WCAG 2.2.1: the user can extend it with one action) and,
 * when it has ended, shows the login page saying so. Rendered only while someone is logged in.
 */
export function SessionTimeoutWarning({ timer }: { timer: SessionTimer }) {
  const { state, extend } = useSessionTimeout(timer);
  const leave = useLeaveEndedSession();
  const expired = state.phase === 'expired';
  useEffect(() => {
    if (expired) leave();
  }, [expired, leave]);
  if (state.phase !== 'warning') return null;
  return <WarningDialog expiresAt={state.expiresAt} onContinue={extend} />;
}
