import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function getCaseChecklist(caseId: string, signal: AbortSignal) {
  return unwrap(await api.GET('/api/applicant/cases/{caseId}/checklist', { params: { path: { caseId } }, signal }));
}

export const caseChecklistKey = (caseId: string) => ['case-checklist', caseId] as const;

/** A submitted case's receipts: what was attached, is to be sent later or is missing. */
export function useCaseChecklist(caseId: string) {
  return useQuery(
    queryOptions({ queryKey: caseChecklistKey(caseId), queryFn: ({ signal }) => getCaseChecklist(caseId, signal) }),
  );
}
