import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import type { PasswordLoginInput } from './start-login';

async function startCodeListLogin(body: PasswordLoginInput) {
  return unwrap(await api.POST('/api/auth/applicant/code-list/login', { body }));
}

export type CodeListChallenge = Awaited<ReturnType<typeof startCodeListLogin>>;

export function useStartCodeListLogin() {
  return useMutation({ mutationFn: startCodeListLogin });
}
