import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function getFailedNotifications(signal: AbortSignal) {
  return unwrap(await api.GET('/api/admin/failed-notifications', { signal }));
}

export type FailedNotification = Awaited<ReturnType<typeof getFailedNotifications>>['items'][number];

const queryKey = ['failed-notifications'];

export function useFailedNotifications() {
  return useQuery({ queryKey, queryFn: ({ signal }) => getFailedNotifications(signal) });
}

/** Queues the notification once more; the list is read again, where it no longer appears. */
export function useRetryFailedNotification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (jobId: string) =>
      unwrap(await api.POST('/api/admin/failed-notifications/{jobId}/retry', { params: { path: { jobId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}
