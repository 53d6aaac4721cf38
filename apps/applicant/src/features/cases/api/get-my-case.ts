import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { myCasesQueryKey } from './list-my-cases';

async function getMyCase(caseId: string, signal: AbortSignal) {
  return unwrap(await api.GET('/api/applicant/cases/{caseId}', { params: { path: { caseId } }, signal }));
}

export type MyCase = Awaited<ReturnType<typeof getMyCase>>;

export function myCaseQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: [...myCasesQueryKey, caseId],
    queryFn: ({ signal }) => getMyCase(caseId, signal),
  });
}

export function useMyCase(caseId: string) {
  return useQuery(myCaseQueryOptions(caseId));
}
