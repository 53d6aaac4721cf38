import { useCallback, useEffect, useState } from 'react';
import type { SessionTimer } from '../lib/app-auth.js';
import { isLoggedOut } from '../lib/problem.js';

type SessionTimeoutState =
  | { phase: 'active' }
  /** `expiresAt` is in this browser's clock, from the server's "seconds left", so clock skew does not matter. */
  | { phase: 'warning'; expiresAt: number }
  | { phase: 'expired' };

interface SessionTimeoutOptions {
  /** How long before the end the user is warned. */
  warnBeforeMs?: number;
  /** The server decides; asking a moment after the end makes sure it agrees that the session is over. */
  graceMs?: number;
  /** How soon to ask again when the question itself failed (offline, server restarting). */
  retryMs?: number;
}

/**
 * Follows the session's idle timer on the server. Any API call extends the session, in this tab or another,
 * so the hook asks the server when the warning would be due instead of counting on its own, and again
 * when the tab comes back into view, since browsers slow down timers in hidden tabs.
 */
export function useSessionTimeout(
  timer: SessionTimer,
  { warnBeforeMs = 120_000, graceMs = 1_000, retryMs = 30_000 }: SessionTimeoutOptions = {},
) {
  const [state, setState] = useState<SessionTimeoutState>({ phase: 'active' });
  // Bumped to ask again after the session has been extended.
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    let next: ReturnType<typeof setTimeout> | undefined;
    const askLater = (ms: number) => {
      clearTimeout(next);
      next = setTimeout(() => void ask(), ms);
    };

    async function ask() {
      try {
        const { expiresInSeconds } = await timer.getExpiry(controller.signal);
        const left = expiresInSeconds * 1000;
        if (left > warnBeforeMs) {
          setState({ phase: 'active' });
          askLater(left - warnBeforeMs);
        } else {
          setState({ phase: 'warning', expiresAt: Date.now() + left });
          askLater(left + graceMs);
        }
      } catch (error) {
        if (controller.signal.aborted) return;
        if (isLoggedOut(error)) setState({ phase: 'expired' });
        else askLater(retryMs);
      }
    }

    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') void ask();
    };
    void ask();
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      controller.abort();
      clearTimeout(next);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [timer, round, warnBeforeMs, graceMs, retryMs]);

  /** Keeps the session; a session that has already ended counts as expired, other failures are thrown. */
  const extend = useCallback(async () => {
    try {
      await timer.extend();
    } catch (error) {
      if (!isLoggedOut(error)) throw error;
      setState({ phase: 'expired' });
      return;
    }
    setState({ phase: 'active' });
    setRound((count) => count + 1);
  }, [timer]);

  return { state, extend };
}
