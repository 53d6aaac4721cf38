import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function getCaseChanges(caseId: string, signal: AbortSignal) {
  return unwrap(await api.GET('/api/staff/cases/{caseId}/changes', { params: { path: { caseId } }, signal }));
}

export type CaseChanges = Awaited<ReturnType<typeof getCaseChanges>>;
export type CaseChangeItem = CaseChanges['sections'][number]['items'][number];

function caseChangesQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: ['case-changes', caseId],
    queryFn: ({ signal }) => getCaseChanges(caseId, signal),
  });
}

export function useCaseChanges(caseId: string) {
  return useQuery(caseChangesQueryOptions(caseId));
}
