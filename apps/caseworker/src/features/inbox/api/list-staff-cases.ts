import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export type InboxTab = 'unassigned' | 'all';

/** One page for now; paging through longer lists comes with a later issue. */
const pageSize = 25;

async function listStaffCases(tab: InboxTab, signal: AbortSignal) {
  return unwrap(await api.GET('/api/staff/cases', { params: { query: { tab, page: 1, pageSize } }, signal }));
}

export type StaffCaseSummary = Awaited<ReturnType<typeof listStaffCases>>['items'][number];

export function staffCasesQueryOptions(tab: InboxTab) {
  return queryOptions({
    queryKey: ['staff-cases', tab],
    queryFn: ({ signal }) => listStaffCases(tab, signal),
    // Keeps the tab counts on screen while the other tab loads.
    placeholderData: keepPreviousData,
  });
}

export function useStaffCases(tab: InboxTab) {
  return useQuery(staffCasesQueryOptions(tab));
}
