import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormData } from '@ebistans/schema';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function getAnswerEdits(caseId: string, signal: AbortSignal) {
  return unwrap(await api.GET('/api/staff/cases/{caseId}/answers/edits', { params: { path: { caseId } }, signal }));
}

function answerEditsQueryOptions(caseId: string) {
  return queryOptions({
    queryKey: ['answer-edits', caseId],
    queryFn: ({ signal }) => getAnswerEdits(caseId, signal),
  });
}

export function useAnswerEdits(caseId: string) {
  return useQuery(answerEditsQueryOptions(caseId));
}

/** Saves the answers; the case, its history, its edits and its comparison are then fetched again. */
export function useEditAnswers(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { data: FormData; reason: string }) =>
      unwrap(await api.PUT('/api/staff/cases/{caseId}/answers', { params: { path: { caseId } }, body })),
    onSuccess: () =>
      Promise.all(
        ['staff-case', 'case-events', 'answer-edits', 'case-changes'].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key, caseId] }),
        ),
      ),
  });
}
