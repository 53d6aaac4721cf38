import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { myCasesQueryKey } from './list-my-cases';

async function getMyDecision(caseId: string, signal: AbortSignal) {
  return unwrap(await api.GET('/api/applicant/cases/{caseId}/decision', { params: { path: { caseId } }, signal }));
}

export type MyDecision = NonNullable<Awaited<ReturnType<typeof getMyDecision>>['decision']>;

export function myDecisionQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: [...myCasesQueryKey, caseId, 'decision'],
    queryFn: ({ signal }) => getMyDecision(caseId, signal),
  });
}

/** The decision on one of my cases; `data.decision` is null until it is made. */
export function useMyDecision(caseId: string) {
  return useQuery(myDecisionQueryOptions(caseId));
}
