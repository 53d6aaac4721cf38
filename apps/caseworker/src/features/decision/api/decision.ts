import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@ebistans/api-client';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export type DecisionProposal = components['schemas']['DecisionProposal'];
export type RecordedDecision = components['schemas']['RecordedDecision'];
export type DecisionRequest = components['schemas']['DecisionRequest'];

export function decisionProposalQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: ['decision-proposal', caseId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/staff/cases/{caseId}/decision-proposal', { params: { path: { caseId } }, signal })),
  });
}

export function useDecisionProposal(caseId: string) {
  return useQuery(decisionProposalQueryOptions(caseId));
}

/** Records the decision; the case's header, history and the inbox lists change with it. */
export function useRecordDecision(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: DecisionRequest) =>
      unwrap(await api.POST('/api/staff/cases/{caseId}/decision', { params: { path: { caseId } }, body })),
    onSuccess: () =>
      Promise.all(
        [['decision-proposal', caseId], ['staff-case', caseId], ['case-events', caseId], ['staff-cases']].map(
          (queryKey) => queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}

export const decisionPdfUrl = (caseId: string) => `/api/staff/cases/${caseId}/decision.pdf`;
