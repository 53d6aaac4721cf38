import { useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export function useAttachments(caseId: string) {
  return useQuery({
    queryKey: ['case-attachments', caseId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/staff/cases/{caseId}/attachments', { params: { path: { caseId } }, signal })),
  });
}
