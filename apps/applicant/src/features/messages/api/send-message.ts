import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { messagesQueryKey } from './list-messages';

async function sendMessage(caseId: string, body: string) {
  return unwrap(
    await api.POST('/api/applicant/cases/{caseId}/messages', { params: { path: { caseId } }, body: { body } }),
  );
}

export function useSendMessage(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => sendMessage(caseId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messagesQueryKey(caseId) }),
  });
}
