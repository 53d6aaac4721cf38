import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export function useMessages(caseId: string) {
  return useQuery({
    queryKey: ['case-messages', caseId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/staff/cases/{caseId}/messages', { params: { path: { caseId } }, signal })),
  });
}

export function useSendMessage(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: string) =>
      unwrap(await api.POST('/api/staff/cases/{caseId}/messages', { params: { path: { caseId } }, body: { body } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['case-messages', caseId] }),
        queryClient.invalidateQueries({ queryKey: ['case-events', caseId] }),
      ]),
  });
}
