import { useTranslation } from 'react-i18next';
import { formatDateTime, useLanguage } from '@ebistans/ui';
import type { CaseMessage } from '../api/list-messages';

interface MessageThreadProps {
  caseId: string;
  messages: readonly CaseMessage[];
  /** The caseworker's messages that are new to the applicant on this visit. */
  newIds: ReadonlySet<string>;
}

/** The messages oldest first, like a conversation; each has a heading so a screen reader can jump between them. */
export function MessageThread({ caseId, messages, newIds }: MessageThreadProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (messages.length === 0) return <p>{t('messages.empty')}</p>;
  return (
    <ol className="messages">
      {messages.map((message) => {
        const own = message.direction === 'from_applicant';
        const from = own
          ? t('messages.fromYou')
          : message.authorName
            ? t('messages.fromCaseworker', { name: message.authorName })
            : t('messages.fromCaseworkerUnnamed');
        return (
          <li key={message.id} className={own ? 'message message--own' : 'message'}>
            <h3 className="message__heading">
              {from}
              {newIds.has(message.id) ? (
                <>
                  {' '}
                  <span className="tag">{t('messages.new')}</span>
                </>
              ) : null}
            </h3>
            <p className="message__time">
              <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, language)}</time>
            </p>
            <p className="message__body">{message.body}</p>
            {message.attachments.length > 0 ? (
              <ul className="message__files" aria-label={t('messages.files')}>
                {message.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={`/api/applicant/cases/${caseId}/attachments/${file.id}/content`} download>
                      {file.fileName}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {own ? (
              <p className="message__read">
                {message.readAt ? (
                  <>
                    {t('messages.read')}{' '}
                    <time dateTime={message.readAt}>{formatDateTime(message.readAt, language)}</time>
                  </>
                ) : (
                  t('messages.notRead')
                )}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
