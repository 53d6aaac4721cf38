import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function getMunicipality(slug: string, signal: AbortSignal) {
  return unwrap(await api.GET('/api/municipalities/{slug}', { params: { path: { slug } }, signal }));
}

export type MunicipalityDetails = Awaited<ReturnType<typeof getMunicipality>>;

function municipalityQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ['municipalities', slug],
    queryFn: ({ signal }) => getMunicipality(slug, signal),
    staleTime: 10 * 60 * 1000,
  });
}

/** A municipality's public page: its personal-data text and contact details. Nothing is asked without a slug. */
export function useMunicipalityDetails(slug: string | undefined) {
  return useQuery({ ...municipalityQueryOptions(slug ?? ''), enabled: slug !== undefined });
}
