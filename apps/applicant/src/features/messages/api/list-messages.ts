import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function listMessages(caseId: string, signal: AbortSignal) {
  return unwrap(await api.GET('/api/applicant/cases/{caseId}/messages', { params: { path: { caseId } }, signal }));
}

export type CaseMessage = Awaited<ReturnType<typeof listMessages>>['items'][number];

export const messagesQueryKey = (caseId: string) => ['case-messages', caseId] as const;

/**
 * The thread of a case. Fetching it is reading it: the API marks the caseworker's messages read and
 * answers with the state from before, so `readAt: null` here means "new to the applicant now".
 */
function messagesQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: messagesQueryKey(caseId),
    queryFn: ({ signal }) => listMessages(caseId, signal),
    // A refetch on window focus would mark new messages read that the applicant has not seen on screen.
    refetchOnWindowFocus: false,
  });
}

export function useMessages(caseId: string) {
  return useQuery(messagesQueryOptions(caseId));
}
