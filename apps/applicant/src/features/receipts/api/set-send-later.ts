import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { draftChecklistKey } from './get-draft-checklist';

interface SetSendLaterInput {
  requirementId: string;
  sendLater: boolean;
}

/** "Jag skickar detta senare" for one receipt, or taking the mark away; answers the whole checklist. */
export function useSetSendLater(formId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ requirementId, sendLater }: SetSendLaterInput) =>
      unwrap(
        await api.PUT('/api/applicant/drafts/current/receipts/{requirementId}', {
          params: { path: { requirementId }, query: { formId } },
          body: { sendLater },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: draftChecklistKey }),
  });
}
