import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

interface StartLoginInput {
  municipality: string;
  personnummer: string;
  password: string;
}

async function startLogin(body: StartLoginInput) {
  return unwrap(await api.POST('/api/auth/applicant/login', { body }));
}

export function useStartLogin() {
  return useMutation({ mutationFn: startLogin });
}
