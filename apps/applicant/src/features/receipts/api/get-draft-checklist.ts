import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@ebistans/api-client';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export type Checklist = components['schemas']['ReceiptChecklist'];
export type ChecklistItem = components['schemas']['ChecklistItem'];
export type Attachment = components['schemas']['Attachment'];

async function getDraftChecklist(formId: string, signal: AbortSignal) {
  return unwrap(await api.GET('/api/applicant/drafts/current/checklist', { params: { query: { formId } }, signal }));
}

/** Every query of the draft's checklist, to refresh after a file was added or removed. */
export const draftChecklistKey = ['draft-checklist'] as const;

/**
 * The draft's receipts as the answers saved at `revision` call for them. A new revision reads the list
 * again; the old one stays on screen meanwhile, so the page does not jump.
 */
function draftChecklistQueryOptions(formId: string, revision: number) {
  return queryOptions({
    queryKey: [...draftChecklistKey, formId, revision],
    queryFn: ({ signal }) => getDraftChecklist(formId, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDraftChecklist(formId: string, revision: number) {
  return useQuery(draftChecklistQueryOptions(formId, revision));
}
