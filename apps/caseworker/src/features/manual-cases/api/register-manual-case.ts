import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormData } from '@ebistans/schema';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { uploadCaseDocuments } from '../../../lib/upload-case-documents';

export type ManualChannel = 'paper' | 'phone';

interface ManualCaseInput {
  applicantId: string;
  formId: string;
  formVersion: number;
  channel: ManualChannel;
  data: FormData;
  /** The scanned paper, filed under Handlingar once the case exists. */
  scans: File[];
}

export interface RegisteredCase {
  id: string;
  caseNumber: string;
  /** Why the scans could not be stored, if they could not; the case is registered all the same. */
  scanError?: unknown;
}

/** Registers the case, then files the scans with it: a refused scan does not undo the registered case. */
export function useRegisterManualCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ scans, ...input }: ManualCaseInput): Promise<RegisteredCase> => {
      const created = unwrap(await api.POST('/api/staff/manual-cases', { body: input }));
      if (scans.length === 0) return created;
      try {
        await uploadCaseDocuments(created.id, scans, 'scanned_application');
        return created;
      } catch (scanError) {
        return { ...created, scanError };
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff-cases'] }),
  });
}
