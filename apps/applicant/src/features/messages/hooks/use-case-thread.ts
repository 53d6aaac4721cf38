import { useMessages } from '../api/list-messages';
import { useNewMessageIds } from './use-new-message-ids';

/** The thread of a case and which of its messages are new on this visit, for the notice and the thread alike. */
export function useCaseThread(caseId: string) {
  const thread = useMessages(caseId);
  const newIds = useNewMessageIds(thread.data?.items);
  return { thread, newIds };
}
