import { unwrap, type VerifyLoginInput } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export async function verifyLogin(body: VerifyLoginInput) {
  return unwrap(await api.POST('/api/auth/applicant/verify', { body }));
}
