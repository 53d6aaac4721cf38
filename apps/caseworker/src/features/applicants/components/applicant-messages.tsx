import { useTranslation } from 'react-i18next';
import { Loading, formatDateTime, problemMessage, useLanguage } from '@ebistans/ui';
import { TextEntryForm } from '../../../components/text-entry-form';
import { useApplicantMessages, useSendApplicantMessage } from '../api/applicant-messages';

/** Secure messages with the applicant about something that is not one case; the applicant reads them on Mina sidor. */
export function ApplicantMessages({ applicantId, readOnly = false }: { applicantId: string; readOnly?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const thread = useApplicantMessages(applicantId);
  const send = useSendApplicantMessage(applicantId);
  return (
    <section aria-labelledby="applicant-messages-title">
      <h2 id="applicant-messages-title">{t('applicants.messages.title')}</h2>
      <p>{t('applicants.messages.intro')}</p>
      {thread.error ? (
        <p role="alert">{problemMessage(thread.error, t)}</p>
      ) : !thread.data ? (
        <Loading />
      ) : thread.data.items.length === 0 ? (
        <p>{t('applicants.messages.empty')}</p>
      ) : (
        <ol className="history">
          {thread.data.items.map((message) => (
            <li key={message.id}>
              <p>
                <strong>
                  {message.direction === 'from_applicant'
                    ? t('applicants.messages.fromApplicant')
                    : (message.authorName ?? t('applicants.messages.fromUs'))}
                </strong>
                , <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, language)}</time>
                {message.direction === 'to_applicant'
                  ? ` – ${message.readAt ? t('applicants.messages.readAt', { at: formatDateTime(message.readAt, language) }) : t('applicants.messages.unread')}`
                  : null}
              </p>
              <p style={{ whiteSpace: 'pre-wrap' }}>{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      {readOnly ? null : (
        <TextEntryForm
          id="applicant-message"
          label={t('applicants.messages.label')}
          submit={t('applicants.messages.submit')}
          done={t('applicants.messages.sent')}
          onSave={(text) => send.mutateAsync(text)}
          pending={send.isPending}
          error={send.error}
        />
      )}
    </section>
  );
}
