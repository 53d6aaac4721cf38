import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function getNotificationPreferences(signal: AbortSignal) {
  return unwrap(await api.GET('/api/applicant/notification-preferences', { signal }));
}

export type NotificationPreferences = Awaited<ReturnType<typeof getNotificationPreferences>>;

export interface NotificationPreferencesInput {
  email: string;
  mobile: string;
  notifyByEmail: boolean;
  notifyBySms: boolean;
  language: NotificationPreferences['language'];
  confirmProtectedIdentity: boolean;
}

const queryKey = ['notification-preferences'];

export function useNotificationPreferences() {
  return useQuery({ queryKey, queryFn: ({ signal }) => getNotificationPreferences(signal) });
}

/** An emptied field is sent as empty text, which the API stores as "none". */
export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NotificationPreferencesInput) =>
      unwrap(await api.PUT('/api/applicant/notification-preferences', { body })),
    onSuccess: (saved) => queryClient.setQueryData(queryKey, saved),
  });
}
