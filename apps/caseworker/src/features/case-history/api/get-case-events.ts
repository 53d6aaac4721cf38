import { useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export function useCaseEvents(caseId: string) {
  return useQuery({
    queryKey: ['case-events', caseId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/staff/cases/{caseId}/events', { params: { path: { caseId } }, signal })),
  });
}

export type CaseHistoryEvent = NonNullable<ReturnType<typeof useCaseEvents>['data']>['items'][number];
