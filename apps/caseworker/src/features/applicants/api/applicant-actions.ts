import { useMutation, useQueryClient } from '@tanstack/react-query';
import { problemError, unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { applicantQueryKey } from './get-applicant';

/** A change to the account; afterwards the applicant page and the search results are fetched again. */
function useAccountMutation<Result>(applicantId: string, change: (path: { applicantId: string }) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => change({ applicantId }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: applicantQueryKey(applicantId) }),
        queryClient.invalidateQueries({ queryKey: ['applicants'] }),
      ]),
  });
}

export function useResetPassword(applicantId: string) {
  return useAccountMutation(applicantId, async (path) =>
    unwrap(await api.POST('/api/staff/applicants/{applicantId}/password', { params: { path } })),
  );
}

export function useDeactivate(applicantId: string) {
  return useAccountMutation(applicantId, async (path) =>
    unwrap(await api.POST('/api/staff/applicants/{applicantId}/deactivate', { params: { path } })),
  );
}

export function useReactivate(applicantId: string) {
  return useAccountMutation(applicantId, async (path) =>
    unwrap(await api.POST('/api/staff/applicants/{applicantId}/reactivate', { params: { path } })),
  );
}

export function useUnlock(applicantId: string) {
  return useAccountMutation(applicantId, async (path) =>
    unwrap(await api.POST('/api/staff/applicants/{applicantId}/unlock', { params: { path } })),
  );
}

/**
 * Issues a new code list and returns it as a PDF. A POST, since it makes a new list and voids the old, so
 * the file comes back as a blob for the page to open rather than through a link.
 */
export function useIssueCodeListPdf(applicantId: string) {
  return useAccountMutation(applicantId, async (path) => {
    const result = await api.POST('/api/staff/applicants/{applicantId}/code-list/pdf', {
      params: { path },
      parseAs: 'blob',
    });
    if (!result.response.ok) {
      const body: unknown = await result.response.json().catch(() => undefined);
      throw problemError(body ?? result.error, result.response.status);
    }
    return result.data as Blob;
  });
}
