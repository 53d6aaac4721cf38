import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export const caseAttachmentsKey = (caseId: string) => ['case-attachments', caseId] as const;

async function listCaseAttachments(caseId: string, signal: AbortSignal) {
  return unwrap(await api.GET('/api/applicant/cases/{caseId}/attachments', { params: { path: { caseId } }, signal }));
}

/** Every file of a submitted case, oldest first: those sent with it and those sent afterwards. */
export function useCaseAttachments(caseId: string) {
  return useQuery(
    queryOptions({
      queryKey: caseAttachmentsKey(caseId),
      queryFn: ({ signal }) => listCaseAttachments(caseId, signal),
    }),
  );
}
