import { useMutation } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function findApplicant(personnummer: string) {
  // A POST, so that the personnummer stays out of addresses and access logs.
  return unwrap(await api.POST('/api/staff/manual-cases/applicant-search', { body: { personnummer } }));
}

export type ManualCaseApplicant = Awaited<ReturnType<typeof findApplicant>>;

export function useFindApplicant() {
  return useMutation({ mutationFn: findApplicant });
}
