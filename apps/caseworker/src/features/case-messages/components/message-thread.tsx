import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, formatDateTime, problemMessage, useLanguage } from '@ebistans/ui';
import { HandedOverNotice } from '../../../components/handed-over-notice';
import { TextEntryForm } from '../../../components/text-entry-form';
import { uploadRefusal } from '../../../lib/upload-case-documents';
import { useMessages, useSendMessage } from '../api/messages';

interface MessageThreadProps {
  caseId: string;
  /** A handed-over case can only be read: no new messages from here. */
  handedOver: boolean;
}

/**
 * The secure thread with the applicant, oldest first, with the receipts of what we sent: when the applicant
 * read each message and first downloaded each file, in words.
 */
export function MessageThread({ caseId, handedOver }: MessageThreadProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const messages = useMessages(caseId);
  const send = useSendMessage(caseId);
  const filesId = useId();
  const [files, setFiles] = useState<File[]>([]);
  // A new input after each sent message: a file input's choice can only be cleared by replacing it.
  const [sentCount, setSentCount] = useState(0);
  const refusedFile = uploadRefusal(send.error);
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
                  : t('messages.toApplicant', { name: message.authorName ?? t('messages.caseSystem') })}
              </h3>
              <p>
                <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, language)}</time>
                {message.direction === 'to_applicant'
                  ? ` – ${message.readAt ? t('messages.readAt', { at: formatDateTime(message.readAt, language) }) : t('messages.notRead')}`
                  : null}
              </p>
              <p style={{ whiteSpace: 'pre-wrap' }}>{message.body}</p>
              {message.attachments.length > 0 ? (
                <>
                  <p>{t('caseMessages.attachments')}</p>
                  <ul>
                    {message.attachments.map((file) => (
                      <li key={file.id}>
                        <a
                          href={`/api/staff/cases/${caseId}/attachments/${file.id}/content?inline=true`}
                          target="_blank"
                          rel="noopener"
                        >
                          {file.fileName}
                          <span className="visually-hidden"> {t('files.opensInNewTab')}</span>
                        </a>
                        {message.direction === 'to_applicant'
                          ? ` – ${file.applicantDownloadedAt ? t('caseMessages.downloadedAt', { at: formatDateTime(file.applicantDownloadedAt, language) }) : t('caseMessages.notDownloaded')}`
                          : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {handedOver ? (
        <HandedOverNotice />
      ) : (
        <TextEntryForm
          id="new-message"
          label={t('messages.label')}
          submit={t('messages.submit')}
          done={t('messages.sent')}
          onSave={(body) =>
            send.mutateAsync({ body, files }).then(() => {
              setFiles([]);
              setSentCount((count) => count + 1);
            })
          }
          pending={send.isPending}
          error={refusedFile ? null : send.error}
        >
          <div className={refusedFile ? 'field field--error' : 'field'}>
            <label className="field-label" htmlFor={filesId}>
              {t('caseMessages.files')}
            </label>
            <p className="field-hint" id={`${filesId}-hint`}>
              {t('caseMessages.filesHint')}
            </p>
            {refusedFile ? (
              <p className="field-error" id={`${filesId}-error`} role="alert">
                {refusedFile}
              </p>
            ) : null}
            <input
              key={sentCount}
              id={filesId}
              type="file"
              multiple
              accept=".pdf,.jpg,.jpeg,.png,.heic,.heif,application/pdf,image/jpeg,image/png,image/heic,image/heif"
              aria-invalid={refusedFile ? true : undefined}
              aria-describedby={refusedFile ? `${filesId}-hint ${filesId}-error` : `${filesId}-hint`}
              onChange={(event) => setFiles([...(event.target.files ?? [])])}
            />
          </div>
        </TextEntryForm>
      )}
    </>
  );
}
