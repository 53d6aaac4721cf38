import { useQuery } from '@tanstack/react-query';
import { meQueryOptions, unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export async function getMe(signal: AbortSignal) {
  return unwrap(await api.GET('/api/auth/me', { signal }));
}

export function useMe() {
  return useQuery(meQueryOptions(getMe));
}
