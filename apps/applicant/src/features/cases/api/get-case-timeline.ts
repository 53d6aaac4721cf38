import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { myCasesQueryKey } from './list-my-cases';

async function getCaseTimeline(caseId: string, signal: AbortSignal) {
  return unwrap(await api.GET('/api/applicant/cases/{caseId}/events', { params: { path: { caseId } }, signal }));
}

export type CaseEvent = Awaited<ReturnType<typeof getCaseTimeline>>['items'][number];

export function caseTimelineQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: [...myCasesQueryKey, caseId, 'events'],
    queryFn: ({ signal }) => getCaseTimeline(caseId, signal),
  });
}

export function useCaseTimeline(caseId: string) {
  return useQuery(caseTimelineQueryOptions(caseId));
}
