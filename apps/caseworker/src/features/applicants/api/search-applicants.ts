import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export const PAGE_SIZE = 25;

async function searchApplicants(q: string, page: number, signal: AbortSignal) {
  return unwrap(
    await api.GET('/api/staff/applicants', { params: { query: { q, page, pageSize: PAGE_SIZE } }, signal }),
  );
}

export function useApplicantSearch(q: string, page: number) {
  return useQuery({
    queryKey: ['applicants', q, page],
    queryFn: ({ signal }) => searchApplicants(q, page, signal),
    placeholderData: keepPreviousData,
  });
}
