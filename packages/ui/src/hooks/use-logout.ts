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

/** After the session has ended on the server: the same clean-up as logging out, and the login page says why. */
export function useLeaveEndedSession() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { onLoggedOut } = useAppAuth();
  return useCallback(() => {
    queryClient.clear();
    onLoggedOut?.();
    void navigate(loginPath, { replace: true, state: sessionEndedState });
  }, [queryClient, navigate, onLoggedOut]);
}
