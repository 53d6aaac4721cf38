import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useAppAuth } from '../lib/app-auth.js';
import { loginPath } from '../lib/login-paths.js';
import { sessionEndedState } from '../lib/session-ended.js';

/**
 * Logs out and shows the login page. Everything cached about the user is forgotten, since the next person
 * at a shared computer must not see it.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { logout, onLoggedOut } = useAppAuth();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.clear();
      onLoggedOut?.();
      void navigate(loginPath, { replace: true });
    },
  });
}

/**
 * After the session has ended on the server: the cache is forgotten as on logging out, the app's own
 * clean-up may keep what the user has not sent yet, and the login page says why.
 */
export function useLeaveEndedSession() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { onLoggedOut, onSessionEnded } = useAppAuth();
  const cleanUp = onSessionEnded ?? onLoggedOut;
  return useCallback(() => {
    queryClient.clear();
    cleanUp?.();
    void navigate(loginPath, { replace: true, state: sessionEndedState });
  }, [queryClient, navigate, cleanUp]);
}
