import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function listMunicipalities({ signal }: { signal: AbortSignal }) {
  return unwrap(await api.GET('/api/municipalities', { signal }));
}

export type Municipality = Awaited<ReturnType<typeof listMunicipalities>>['items'][number];

/** The public list of municipalities; the same query the login page makes, so it is fetched once. */
export function useMunicipalities() {
  return useQuery(queryOptions({ queryKey: ['municipalities'], queryFn: listMunicipalities, staleTime: Infinity }));
}
