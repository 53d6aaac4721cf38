import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { uploadCaseDocuments } from '../../../lib/upload-case-documents';

async function listCaseDocuments(caseId: string, signal: AbortSignal) {
  return unwrap(await api.GET('/api/staff/cases/{caseId}/documents', { params: { path: { caseId } }, signal }));
}

export type CaseDocument = Awaited<ReturnType<typeof listCaseDocuments>>['items'][number];

const caseDocumentsQueryOptions = (caseId: string) =>
  queryOptions({ queryKey: ['case-documents', caseId], queryFn: ({ signal }) => listCaseDocuments(caseId, signal) });

export function useCaseDocuments(caseId: string) {
  return useQuery(caseDocumentsQueryOptions(caseId));
}

export function useUploadDocuments(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (files: File[]) => uploadCaseDocuments(caseId, files, 'document'),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['case-documents', caseId] }),
        queryClient.invalidateQueries({ queryKey: ['case-events', caseId] }),
      ]),
  });
}
