import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export const myCasesQueryKey = ['my-cases'] as const;

async function listMyCases({ signal }: { signal: AbortSignal }) {
  return unwrap(await api.GET('/api/applicant/cases', { signal }));
}

export type MyCaseSummary = Awaited<ReturnType<typeof listMyCases>>['items'][number];

export function myCasesQueryOptions() {
  return queryOptions({ queryKey: myCasesQueryKey, queryFn: listMyCases });
}

export function useMyCases() {
  return useQuery(myCasesQueryOptions());
}
