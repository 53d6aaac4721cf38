import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, TextArea, problemMessage } from '@ebistans/ui';
import { useSendMessage } from '../api/send-message';
import { MESSAGE_MAX_LENGTH, messageIssue, type MessageIssue } from '../lib/message-limits';

const fieldName = 'message';

/**
 * Writing to the caseworker: a plain text box that counts what is left, and errors that say what to do.
 * `caseId` null writes outside any case, without files.
 */
export function ReplyForm({ caseId, onSent }: { caseId: string | null; onSent: () => void }) {
  const { t, i18n } = useTranslation();
  const send = useSendMessage(caseId);
  const [text, setText] = useState('');
  const [issue, setIssue] = useState<MessageIssue>();
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [fileInputKey, setFileInputKey] = useState(0);
  const remaining = MESSAGE_MAX_LENGTH - text.trim().length;
  const number = (value: number) => value.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE');
  const count =
    remaining >= 0
      ? t('messages.reply.remaining', { count: remaining, number: number(remaining) })
      : t('messages.reply.over', { count: -remaining, number: number(-remaining) });
  const issueText = issue ? t(`messages.reply.${issue}`, { max: number(MESSAGE_MAX_LENGTH) }) : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (send.isPending) return;
    const found = messageIssue(text);
    setIssue(found);
    setSent(false);
    setAttempt((value) => value + 1);
    if (found) return;
    send.mutate(
      { body: text.trim(), files },
      {
        onSuccess: () => {
          setText('');
          setFiles([]);
          setFileInputKey((value) => value + 1);
          setSent(true);
          onSent();
        },
      },
    );
  }

  const label = t('messages.reply.label');
  const summary = issueText
    ? [{ field: fieldName, label, message: issueText }]
    : send.error
      ? [{ message: problemMessage(send.error, t) }]
      : [];
  return (
    <form noValidate onSubmit={handleSubmit}>
      {summary.length > 0 ? <ErrorSummary key={attempt} errors={summary} /> : null}
      <TextArea
        name={fieldName}
        label={label}
        hint={`${t('messages.reply.hint')} ${count}`}
        error={issueText}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {caseId === null ? null : (
        <div className="field">
          <label className="field-label" htmlFor="reply-files">
            {t('messages.reply.files')}
          </label>
          <p className="field-hint" id="reply-files-hint">
            {t('messages.reply.filesHint')}
          </p>
          <input
            key={fileInputKey}
            id="reply-files"
            type="file"
            multiple
            accept="application/pdf,image/jpeg,image/png,image/heic,image/heif"
            aria-describedby="reply-files-hint"
            onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
          />
        </div>
      )}
      <div className="button-group">
        <button type="submit" className="button">
          {send.isPending ? t('messages.reply.sending') : t('messages.reply.submit')}
        </button>
      </div>
      {/* A polite status, not an alert: the message went as it should. */}
      <p role="status">{sent ? t('messages.reply.sent') : ''}</p>
    </form>
  );
}
