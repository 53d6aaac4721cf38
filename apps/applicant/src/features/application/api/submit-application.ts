import { useMutation } from '@tanstack/react-query';
import type { FormData } from '@ebistans/schema';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { trackWrite } from './draft-writes';

interface SubmitApplicationInput {
  formId: string;
  formVersion: number;
  data: FormData;
  /** A BankID signature of exactly these answers, after a BankID login. */
  signatureId?: string;
  /** The same for every retry of one submission, so the API makes one case however often it is sent. */
  idempotencyKey: string;
}

async function submitApplication({ idempotencyKey, ...body }: SubmitApplicationInput) {
  return unwrap(
    await api.POST('/api/applicant/applications', { body, params: { header: { 'idempotency-key': idempotencyKey } } }),
  );
}

export type SubmittedApplication = Awaited<ReturnType<typeof submitApplication>>;

export function useSubmitApplication() {
  // Submitting hands the draft over to the case; reading the draft afterwards waits for it.
  return useMutation({ mutationFn: (input: SubmitApplicationInput) => trackWrite(submitApplication(input)) });
}
