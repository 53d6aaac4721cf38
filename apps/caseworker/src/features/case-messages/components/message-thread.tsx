import { useTranslation } from 'react-i18next';
import { Loading, formatDateTime, problemMessage, useLanguage } from '@ebistans/ui';
import { TextEntryForm } from '../../../components/text-entry-form';
import { useMessages, useSendMessage } from '../api/messages';

/** The secure thread with the applicant, oldest first, with whether our messages have been read. */
export function MessageThread({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const messages = useMessages(caseId);
  const send = useSendMessage(caseId);
  return (
    <>
      {messages.error ? (
        <p role="alert">{problemMessage(messages.error, t)}</p>
      ) : !messages.data ? (
        <Loading />
      ) : messages.data.items.length === 0 ? (
        <p>{t('messages.empty')}</p>
      ) : (
        <ul className="history">
          {messages.data.items.map((message) => (
            <li key={message.id}>
              <h3>
                {message.direction === 'from_applicant'
                  ? t('messages.fromApplicant')
                  : t('messages.toApplicant', { name: message.authorName ?? t('messages.caseworker') })}
              </h3>
              <p>
                <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, language)}</time>
                {message.direction === 'to_applicant'
                  ? ` – ${message.readAt ? t('messages.readAt', { at: formatDateTime(message.readAt, language) }) : t('messages.notRead')}`
                  : null}
              </p>
              <p style={{ whiteSpace: 'pre-wrap' }}>{message.body}</p>
            </li>
          ))}
        </ul>
      )}
      <TextEntryForm
        id="new-message"
        label={t('messages.label')}
        submit={t('messages.submit')}
        done={t('messages.sent')}
        onSave={(text) => send.mutateAsync(text)}
        pending={send.isPending}
        error={send.error}
      />
    </>
  );
}
