import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

/** Marks the case as taken over by the case system, or undoes that; the case and the lists are fetched again. */
export function useHandOver(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (handOver: boolean) => {
      const params = { path: { caseId } };
      return unwrap(
        handOver
          ? await api.POST('/api/staff/cases/{caseId}/hand-over', { params })
          : await api.DELETE('/api/staff/cases/{caseId}/hand-over', { params }),
      );
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['staff-case', caseId] }),
        queryClient.invalidateQueries({ queryKey: ['case-events', caseId] }),
        queryClient.invalidateQueries({ queryKey: ['staff-cases'] }),
      ]),
  });
}

/** Deletes the case; its cached data goes with it, and the lists are fetched again. */
export function useDeleteCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.DELETE('/api/staff/cases/{caseId}', { params: { path: { caseId } } })),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: ['staff-case', caseId] });
      await queryClient.invalidateQueries({ queryKey: ['staff-cases'] });
    },
  });
}
