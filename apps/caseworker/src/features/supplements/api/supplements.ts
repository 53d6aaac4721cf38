import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export function useSupplements(caseId: string) {
  return useQuery({
    queryKey: ['case-supplements', caseId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/staff/cases/{caseId}/supplements', { params: { path: { caseId } }, signal })),
  });
}

export interface SupplementRequestInput {
  message: string;
  dueDate: string;
  receiptCategories: string[];
}

export function useRequestSupplement(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SupplementRequestInput) =>
      unwrap(await api.POST('/api/staff/cases/{caseId}/supplement-requests', { params: { path: { caseId } }, body })),
    onSuccess: () =>
      Promise.all(
        ['case-supplements', 'staff-case', 'case-events'].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key, caseId] }),
        ),
      ),
  });
}
