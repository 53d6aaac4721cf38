import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export function useNotes(caseId: string) {
  return useQuery({
    queryKey: ['case-notes', caseId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/staff/cases/{caseId}/notes', { params: { path: { caseId } }, signal })),
  });
}

export function useAddNote(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: string) =>
      unwrap(await api.POST('/api/staff/cases/{caseId}/notes', { params: { path: { caseId } }, body: { body } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['case-notes', caseId] }),
        queryClient.invalidateQueries({ queryKey: ['case-events', caseId] }),
      ]),
  });
}
