import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import type { CaseMessage } from './list-messages';

export const generalMessagesQueryKey = ['general-messages'] as const;

/**
 * Messages with the municipality that belong to no case (the caseworker wrote from "Hantera sökande").
 * Fetching them is reading them, as with a case's thread. They carry no files, so they fit the thread's shape.
 */
export function useGeneralMessages() {
  return useQuery(
    queryOptions({
      queryKey: generalMessagesQueryKey,
      queryFn: async ({ signal }): Promise<{ items: CaseMessage[] }> => {
        const { items } = unwrap(await api.GET('/api/applicant/messages', { signal }));
        return { items: items.map((message) => ({ ...message, attachments: [] })) };
      },
      // A refetch on window focus would mark new messages read that the applicant has not seen on screen.
      refetchOnWindowFocus: false,
    }),
  );
}
