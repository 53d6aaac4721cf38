import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export async function getMe(signal: AbortSignal) {
  return unwrap(await api.GET('/api/auth/me', { signal }));
}
