import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { meQueryKey } from './get-me';

interface VerifyLoginInput {
  challengeId: string;
  code: string;
}

async function verifyLogin(body: VerifyLoginInput) {
  return unwrap(await api.POST('/api/auth/applicant/verify', { body }));
}

/** On success the session cookie is set and the answer is who logged in, so `me` needs no refetch. */
export function useVerifyLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyLogin,
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
