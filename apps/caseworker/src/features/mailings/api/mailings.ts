import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import type { components } from '@ebistans/api-client';
import { api } from '../../../lib/api-client';

export type MailingSelection = components['schemas']['MailingSelection'];
export type MailingChannel = components['schemas']['MailingChannel'];
export type Mailing = components['schemas']['Mailing'];
export type MailingSummary = components['schemas']['MailingSummary'];

/** How often an unfinished mailing's progress is asked for. */
const PROGRESS_POLL_MS = 2000;

export function useMailings() {
  return useQuery({
    queryKey: ['mailings'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/staff/mailings', { signal })),
    // While any mailing is still being delivered, the list's progress follows it.
    refetchInterval: (query) =>
      query.state.data?.items.some((item) => item.finishedAt === null) ? PROGRESS_POLL_MS : false,
  });
}

export function useMailing(mailingId: string) {
  return useQuery({
    queryKey: ['mailings', mailingId],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/staff/mailings/{mailingId}', { params: { path: { mailingId } }, signal })),
    refetchInterval: (query) => (query.state.data && query.state.data.finishedAt === null ? PROGRESS_POLL_MS : false),
  });
}

export function usePreviewMailing() {
  return useMutation({
    mutationFn: async (input: { selection: MailingSelection; channel: MailingChannel }) =>
      unwrap(await api.POST('/api/staff/mailings/preview', { body: input })),
  });
}

export function useCreateMailing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: {
      selection: MailingSelection;
      channel: MailingChannel;
      subject?: string;
      body: string;
    }) => unwrap(await api.POST('/api/staff/mailings', { body: input })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['mailings'] }),
  });
}
