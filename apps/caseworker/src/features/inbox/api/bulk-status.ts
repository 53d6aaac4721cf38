import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import type { components } from '@ebistans/api-client';
import { api } from '../../../lib/api-client';

export type BulkStatusResult = components['schemas']['BulkStatusResult'];

export function useBulkStatusChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: {
      caseIds: string[];
      status: 'in_progress' | 'closed' | 'withdrawn';
      notifyApplicant: boolean;
    }) => unwrap(await api.POST('/api/staff/cases/bulk-status', { body: input })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['staff-cases'] }),
  });
}
