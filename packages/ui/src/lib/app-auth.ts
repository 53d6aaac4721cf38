import { createContext, use } from 'react';
import type { VerifyLoginInput } from './login-challenge.js';

/** Who is logged in, as far as the shared pages need to know. */
interface SessionUser {
  kind: string;
}

/** When the session ends if the user does nothing; asking must not count as activity. */
interface SessionExpiry {
  expiresInSeconds: number;
}

/** The session's idle timer on the server, for warning the user before it runs out. */
export interface SessionTimer {
  getExpiry: (signal: AbortSignal) => Promise<SessionExpiry>;
  extend: () => Promise<SessionExpiry>;
}

/** How an app logs its users in and out: the API calls are the app's, the pages around them are shared. */
export interface AppAuth {
  /** The kind of user the app is for; a session of another kind counts as logged out. */
  kind: string;
  getMe: (signal: AbortSignal) => Promise<SessionUser>;
  verifyLogin: (input: VerifyLoginInput) => Promise<SessionUser>;
  logout: () => Promise<void>;
  /** Runs after logging out, before the login page is shown. */
  onLoggedOut?: () => void;
  /** Runs instead of `onLoggedOut` when the session ended for being idle; the user did not choose to leave. */
  onSessionEnded?: () => void;
  /** Given, the user is warned before the session ends for being idle and can keep it. */
  sessionTimer?: SessionTimer;
}

export const AppAuthContext = createContext<AppAuth | null>(null);

export function useAppAuth(): AppAuth {
  const auth = use(AppAuthContext);
  if (!auth) throw new Error('useAppAuth must be used below AppLayout');
  return auth;
}
