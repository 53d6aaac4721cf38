import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

/** Colleagues of my municipality whose name or username matches; only asked for once something is typed. */
export function useColleagues(search: string) {
  return useQuery({
    queryKey: ['colleagues', search],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/staff/colleagues', { params: { query: { search } }, signal })),
    enabled: search.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
