import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

const messagesKey = (applicantId: string) => ['applicant-messages', applicantId] as const;

/** The thread with the applicant outside any case; opening it marks the applicant's messages read. */
export function useApplicantMessages(applicantId: string) {
  return useQuery({
    queryKey: messagesKey(applicantId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/staff/applicants/{applicantId}/messages', { params: { path: { applicantId } }, signal }),
      ),
  });
}

export function useSendApplicantMessage(applicantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: string) =>
      unwrap(
        await api.POST('/api/staff/applicants/{applicantId}/messages', {
          params: { path: { applicantId } },
          body: { body },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: messagesKey(applicantId) }),
  });
}
