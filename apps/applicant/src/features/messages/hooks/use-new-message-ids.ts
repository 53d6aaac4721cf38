import { useState } from 'react';
import type { CaseMessage } from '../api/list-messages';

function unreadIds(messages: readonly CaseMessage[]): string[] {
  return messages.filter((message) => message.direction === 'to_applicant' && message.readAt === null).map((m) => m.id);
}

/**
 * The caseworker's messages that were unread when the applicant opened the case. Opening marks them read
 * on the server, so a later fetch (after a reply, say) no longer says so: they stay "new" for this visit.
 */
export function useNewMessageIds(messages: readonly CaseMessage[] | undefined): ReadonlySet<string> {
  const [ids, setIds] = useState<ReadonlySet<string>>(() => new Set());
  const unread = unreadIds(messages ?? []);
  if (unread.some((id) => !ids.has(id))) {
    const next = new Set([...ids, ...unread]);
    setIds(next);
    return next;
  }
  return ids;
}
