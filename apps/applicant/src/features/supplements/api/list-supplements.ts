import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function listSupplements(caseId: string, signal: AbortSignal) {
  return unwrap(await api.GET('/api/applicant/cases/{caseId}/supplements', { params: { path: { caseId } }, signal }));
}

type SupplementsOfCase = Awaited<ReturnType<typeof listSupplements>>;
export type SupplementRequest = SupplementsOfCase['requests'][number];
export type SentSupplement = SupplementsOfCase['supplements'][number];

export const supplementsQueryKey = (caseId: string) => ['case-supplements', caseId] as const;

function supplementsQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: supplementsQueryKey(caseId),
    queryFn: ({ signal }) => listSupplements(caseId, signal),
  });
}

export function useSupplements(caseId: string) {
  return useQuery(supplementsQueryOptions(caseId));
}

/** Requests not answered yet, the one due first first. */
export function openRequests(requests: readonly SupplementRequest[]): SupplementRequest[] {
  return requests.filter((request) => request.answeredAt === null).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}
