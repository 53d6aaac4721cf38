import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormData } from '@ebistans/schema';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { supplementsQueryKey } from './list-supplements';

interface SendSupplementInput {
  formVersion: number;
  data: FormData;
  /** The caseworker's request it answers; left out when the applicant adds something on their own. */
  requestId: string | undefined;
}

async function sendSupplement(caseId: string, body: SendSupplementInput) {
  return unwrap(await api.POST('/api/applicant/cases/{caseId}/supplements', { params: { path: { caseId } }, body }));
}

export function useSendSupplement(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendSupplementInput) => sendSupplement(caseId, body),
    // Not awaited: the page moves on at once, and the case page then fetches the answered request.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supplementsQueryKey(caseId) }),
  });
}
