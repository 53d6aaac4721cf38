import { useTranslation } from 'react-i18next';
import { Loading, problemMessage } from '@ebistans/ui';
import { useGeneralMessages } from '../api/list-general-messages';
import { useNewMessageIds } from '../hooks/use-new-message-ids';
import { MessageThread } from './message-thread';
import { ReplyForm } from './reply-form';

/** Messages with the municipality that are not about one application, and a reply. */
export function GeneralMessages() {
  const { t } = useTranslation();
  const thread = useGeneralMessages();
  const newIds = useNewMessageIds(thread.data?.items);
  return (
    <>
      {thread.data ? (
        // No message here has files, so the case the file links would point into is never needed.
        <MessageThread caseId="" messages={thread.data.items} newIds={newIds} />
      ) : thread.error ? (
        <p role="alert">{problemMessage(thread.error, t)}</p>
      ) : (
        <Loading />
      )}
      <ReplyForm caseId={null} onSent={() => undefined} />
    </>
  );
}
