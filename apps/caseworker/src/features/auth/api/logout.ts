import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export async function logout() {
  unwrap(await api.POST('/api/auth/logout'));
}
