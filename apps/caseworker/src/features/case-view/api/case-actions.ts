import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import type { CaseColour } from '../../../components/colour-label';

export type StaffStatusChange = 'in_progress' | 'closed' | 'withdrawn';

/** A change to the case; afterwards the header, the history and the inbox lists are fetched again. */
function useCaseMutation<Input>(caseId: string, change: (path: { caseId: string }, input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => change({ caseId }, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['staff-case', caseId] }),
        queryClient.invalidateQueries({ queryKey: ['case-events', caseId] }),
        queryClient.invalidateQueries({ queryKey: ['staff-cases'] }),
      ]),
  });
}

export function useTakeCase(caseId: string) {
  return useCaseMutation<void>(caseId, async (path) =>
    unwrap(await api.POST('/api/staff/cases/{caseId}/take', { params: { path } })),
  );
}

export function useSetAssignees(caseId: string) {
  return useCaseMutation<string[]>(caseId, async (path, staffIds) =>
    unwrap(await api.PUT('/api/staff/cases/{caseId}/assignees', { params: { path }, body: { staffIds } })),
  );
}

export function useRemoveMyself(caseId: string) {
  return useCaseMutation<void>(caseId, async (path) =>
    unwrap(await api.DELETE('/api/staff/cases/{caseId}/assignees/me', { params: { path } })),
  );
}

export function useChangeStatus(caseId: string) {
  return useCaseMutation<{ status: StaffStatusChange; comment?: string }>(caseId, async (path, body) =>
    unwrap(await api.POST('/api/staff/cases/{caseId}/status', { params: { path }, body })),
  );
}

export function useSetFlag(caseId: string) {
  return useCaseMutation<boolean>(caseId, async (path, flagged) =>
    unwrap(
      flagged
        ? await api.PUT('/api/staff/cases/{caseId}/flag', { params: { path } })
        : await api.DELETE('/api/staff/cases/{caseId}/flag', { params: { path } }),
    ),
  );
}

export function useSetColour(caseId: string) {
  return useCaseMutation<CaseColour | null>(caseId, async (path, colour) =>
    unwrap(await api.PUT('/api/staff/cases/{caseId}/colour', { params: { path }, body: { colour } })),
  );
}

export function useSetExternalCaseNumber(caseId: string) {
  return useCaseMutation<string | null>(caseId, async (path, externalCaseNumber) =>
    unwrap(
      await api.PUT('/api/staff/cases/{caseId}/external-case-number', {
        params: { path },
        body: { externalCaseNumber },
      }),
    ),
  );
}
