import { useMutation } from '@tanstack/react-query';
import type { FormData } from '@ebistans/schema';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

interface SubmitApplicationInput {
  formId: string;
  formVersion: number;
  data: FormData;
}

async function submitApplication(body: SubmitApplicationInput) {
  return unwrap(await api.POST('/api/applicant/applications', { body }));
}

export type SubmittedApplication = Awaited<ReturnType<typeof submitApplication>>;

export function useSubmitApplication() {
  return useMutation({ mutationFn: submitApplication });
}
