import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function getStaffCase(caseId: string, signal: AbortSignal) {
  return unwrap(await api.GET('/api/staff/cases/{caseId}', { params: { path: { caseId } }, signal }));
}

export type StaffCase = Awaited<ReturnType<typeof getStaffCase>>;

export function staffCaseQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: ['staff-case', caseId],
    queryFn: ({ signal }) => getStaffCase(caseId, signal),
  });
}

export function useStaffCase(caseId: string) {
  return useQuery(staffCaseQueryOptions(caseId));
}
