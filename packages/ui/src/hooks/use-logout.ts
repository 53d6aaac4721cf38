import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AppAuth } from '../lib/app-auth.js';

/** Forgets everything cached about the user, since the next person at a shared computer must not see it. */
export function useLogout(logout: AppAuth['logout']) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => queryClient.clear(),
  });
}
