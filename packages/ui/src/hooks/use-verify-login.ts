import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AppAuth } from '../lib/app-auth.js';
import { meQueryKey } from '../lib/me-query.js';

/** On success the session cookie is set and the answer is who logged in, so `me` needs no refetch. */
export function useVerifyLogin(verifyLogin: AppAuth['verifyLogin']) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyLogin,
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
