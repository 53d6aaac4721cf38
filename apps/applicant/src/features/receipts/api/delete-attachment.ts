import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { draftChecklistKey } from './get-draft-checklist';

/** Removes a file from the draft before it is sent. */
export function useDeleteAttachment(formId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (attachmentId: string) => {
      const result = await api.DELETE('/api/applicant/drafts/current/attachments/{attachmentId}', {
        params: { path: { attachmentId }, query: { formId } },
      });
      // Already gone (removed on another device) is what was asked for.
      if (result.response.status !== 404) unwrap(result);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: draftChecklistKey }),
  });
}
