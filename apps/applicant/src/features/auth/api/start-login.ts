import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export interface PasswordLoginInput {
  municipality: string;
  personnummer: string;
  password: string;
}

async function startLogin(body: PasswordLoginInput) {
  return unwrap(await api.POST('/api/auth/applicant/login', { body }));
}

export function useStartLogin() {
  return useMutation({ mutationFn: startLogin });
}
