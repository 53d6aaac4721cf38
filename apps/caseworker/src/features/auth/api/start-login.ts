import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

interface StartLoginInput {
  username: string;
  password: string;
}

async function startLogin(body: StartLoginInput) {
  return unwrap(await api.POST('/api/auth/staff/login', { body }));
}

export type StaffLoginChallenge = Awaited<ReturnType<typeof startLogin>>;

export function useStartLogin() {
  return useMutation({ mutationFn: startLogin });
}
