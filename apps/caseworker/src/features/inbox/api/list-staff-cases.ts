import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import type { InboxQuery } from '../lib/inbox-query';

async function listStaffCases(query: InboxQuery, signal: AbortSignal) {
  // Empty filters are left out rather than sent as "".
  const filters = Object.fromEntries(
    (['search', 'status', 'period', 'submittedFrom', 'submittedTo'] as const)
      .filter((key) => query[key].trim() !== '')
      .map((key) => [key, query[key].trim()]),
  );
  const { tab, sort, order, page, pageSize } = query;
  return unwrap(
    await api.GET('/api/staff/cases', {
      params: { query: { tab, sort, order, page, pageSize, ...filters } },
      signal,
    }),
  );
}

export type StaffCasePage = Awaited<ReturnType<typeof listStaffCases>>;
export type StaffCaseSummary = StaffCasePage['items'][number];

export function staffCasesQueryOptions(query: InboxQuery) {
  return queryOptions({
    queryKey: ['staff-cases', query],
    queryFn: ({ signal }) => listStaffCases(query, signal),
    // Keeps the tab counts on screen while another tab or page loads.
    placeholderData: keepPreviousData,
  });
}

export function useStaffCases(query: InboxQuery | undefined) {
  return useQuery({ ...staffCasesQueryOptions(query as InboxQuery), enabled: query !== undefined });
}
