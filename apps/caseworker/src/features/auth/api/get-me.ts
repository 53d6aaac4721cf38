import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export const meQueryKey = ['auth', 'me'] as const;

async function getMe({ signal }: { signal: AbortSignal }) {
  return unwrap(await api.GET('/api/auth/me', { signal }));
}

export function meQueryOptions() {
  return queryOptions({ queryKey: meQueryKey, queryFn: getMe });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
