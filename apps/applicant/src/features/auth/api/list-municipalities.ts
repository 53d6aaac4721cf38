import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function listMunicipalities({ signal }: { signal: AbortSignal }) {
  return unwrap(await api.GET('/api/municipalities', { signal }));
}

export type Municipality = Awaited<ReturnType<typeof listMunicipalities>>['items'][number];

export function municipalitiesQueryOptions() {
  return queryOptions({ queryKey: ['municipalities'], queryFn: listMunicipalities, staleTime: Infinity });
}

export function useMunicipalities() {
  return useQuery(municipalitiesQueryOptions());
}
