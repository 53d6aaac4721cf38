import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { generalMessagesQueryKey } from './list-general-messages';
import { messagesQueryKey } from './list-messages';
import { uploadMessageFile } from './upload-message-file';

export interface Reply {
  body: string;
  files: readonly File[];
}

/** The files go to the case first, one by one, then the message names them. */
async function sendMessage(caseId: string | null, { body, files }: Reply) {
  // Outside a case there is nowhere to keep files, so such a reply is text only (the form offers no files).
  if (caseId === null) return unwrap(await api.POST('/api/applicant/messages', { body: { body } }));
  const attachmentIds: string[] = [];
  for (const file of files) attachmentIds.push(await uploadMessageFile(caseId, file));
  return unwrap(
    await api.POST('/api/applicant/cases/{caseId}/messages', {
      params: { path: { caseId } },
      body: { body, attachmentIds },
    }),
  );
}

/** A reply in a case's thread, or with `null` in the thread outside cases. */
export function useSendMessage(caseId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reply: Reply) => sendMessage(caseId, reply),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: caseId === null ? generalMessagesQueryKey : messagesQueryKey(caseId) }),
  });
}
