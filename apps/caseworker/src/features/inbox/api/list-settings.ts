import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function getListSettings(signal: AbortSignal) {
  return unwrap(await api.GET('/api/staff/me/list-settings', { signal }));
}

export type InboxListSettings = Awaited<ReturnType<typeof getListSettings>>;
export type InboxColumn = InboxListSettings['columns'][number];

export const inboxColumns: readonly InboxColumn[] = [
  'caseNumber',
  'applicant',
  'period',
  'form',
  'status',
  'submittedAt',
  'dueAt',
  'assignee',
  'externalCaseNumber',
];

const listSettingsQuery = queryOptions({
  queryKey: ['list-settings'],
  queryFn: ({ signal }) => getListSettings(signal),
  staleTime: Infinity,
});

export function useListSettings() {
  return useQuery(listSettingsQuery);
}

export function useSaveListSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: InboxListSettings) => unwrap(await api.PUT('/api/staff/me/list-settings', { body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(listSettingsQuery.queryKey, saved);
      return queryClient.invalidateQueries({ queryKey: ['staff-cases'] });
    },
  });
}
