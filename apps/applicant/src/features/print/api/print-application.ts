import { useMutation } from '@tanstack/react-query';
import type { FormData } from '@ebistans/schema';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

interface PrintInput {
  municipality: string;
  formId: string;
  formVersion: number;
  data: FormData;
}

/** The PDF to print; the API makes it from the answers and keeps nothing. */
async function printApplication(body: PrintInput): Promise<Blob> {
  return unwrap<Blob>(await api.POST('/api/public/print', { body, parseAs: 'blob' }));
}

export function usePrintApplication() {
  return useMutation({ mutationFn: printApplication });
}
