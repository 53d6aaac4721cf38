import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading, problemMessage } from '@ebistans/ui';
import type { CaseMessage } from '../api/list-messages';
import { MessageThread } from './message-thread';
import { ReplyForm } from './reply-form';

interface CaseMessagesProps {
  caseId: string;
  thread: UseQueryResult<{ items: CaseMessage[] }>;
  newIds: ReadonlySet<string>;
  onSent: () => void;
}

/** The secure messages of a case: the thread, then a reply. `#meddelanden` is linked from the top of the page. */
export function CaseMessages({ caseId, thread, newIds, onSent }: CaseMessagesProps) {
  const { t } = useTranslation();
  return (
    <section id="meddelanden" aria-labelledby="messages-title">
      <h2 id="messages-title">{t('messages.title')}</h2>
      <p>{t('messages.intro')}</p>
      {thread.data ? (
        <MessageThread caseId={caseId} messages={thread.data.items} newIds={newIds} />
      ) : thread.error ? (
        <p role="alert">{problemMessage(thread.error, t)}</p>
      ) : (
        <Loading />
      )}
      <ReplyForm caseId={caseId} onSent={onSent} />
    </section>
  );
}
