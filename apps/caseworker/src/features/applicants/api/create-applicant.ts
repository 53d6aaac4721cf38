import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@ebistans/api-client';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

type NewApplicant = components['schemas']['NewApplicant'];

/** The answer carries the initial password, which the page shows once and never stores. */
export function useCreateApplicant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewApplicant) => unwrap(await api.POST('/api/staff/applicants', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['applicants'] }),
  });
}
