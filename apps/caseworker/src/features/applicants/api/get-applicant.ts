import { useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function getApplicant(applicantId: string, signal: AbortSignal) {
  return unwrap(await api.GET('/api/staff/applicants/{applicantId}', { params: { path: { applicantId } }, signal }));
}

export type ApplicantDetail = Awaited<ReturnType<typeof getApplicant>>;

export const applicantQueryKey = (applicantId: string) => ['applicant', applicantId] as const;

export function useApplicant(applicantId: string) {
  return useQuery({
    queryKey: applicantQueryKey(applicantId),
    queryFn: ({ signal }) => getApplicant(applicantId, signal),
  });
}
