import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { messagesQueryKey } from './list-messages';
import { uploadMessageFile } from './upload-message-file';

export interface Reply {
  body: string;
  files: readonly File[];
}

/** The files go to the case first, one by one, then the message names them. */
async function sendMessage(caseId: string, { body, files }: Reply) {
  const attachmentIds: string[] = [];
  for (const file of files) attachmentIds.push(await uploadMessageFile(caseId, file));
  return unwrap(
    await api.POST('/api/applicant/cases/{caseId}/messages', {
      params: { path: { caseId } },
      body: { body, attachmentIds },
    }),
  );
}

export function useSendMessage(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reply: Reply) => sendMessage(caseId, reply),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messagesQueryKey(caseId) }),
  });
}
