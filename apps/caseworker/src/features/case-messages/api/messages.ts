import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { uploadCaseDocuments } from '../../../lib/upload-case-documents';

interface NewMessage {
  body: string;
  /** Sent to the case's documents first, then tied to the message so that the applicant can open them. */
  files: File[];
}

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
    mutationFn: async ({ body, files }: NewMessage) => {
      const attachmentIds =
        files.length > 0 ? (await uploadCaseDocuments(caseId, files, 'document')).map((file) => file.id) : [];
      return unwrap(
        await api.POST('/api/staff/cases/{caseId}/messages', {
          params: { path: { caseId } },
          body: { body, attachmentIds },
        }),
      );
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['case-messages', caseId] }),
        queryClient.invalidateQueries({ queryKey: ['case-events', caseId] }),
        queryClient.invalidateQueries({ queryKey: ['case-documents', caseId] }),
      ]),
  });
}
