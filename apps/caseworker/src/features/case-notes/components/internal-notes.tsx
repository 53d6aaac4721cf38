import { useTranslation } from 'react-i18next';
import { Loading, formatDateTime, problemMessage, useLanguage } from '@ebistans/ui';
import { HandedOverNotice } from '../../../components/handed-over-notice';
import { TextEntryForm } from '../../../components/text-entry-form';
import { useAddNote, useNotes } from '../api/notes';

/** Notes for colleagues only; the applicant never sees them. */
export function InternalNotes({ caseId, handedOver }: { caseId: string; handedOver: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const notes = useNotes(caseId);
  const add = useAddNote(caseId);
  return (
    <>
      <p>{t('notes.intro')}</p>
      {notes.error ? (
        <p role="alert">{problemMessage(notes.error, t)}</p>
      ) : !notes.data ? (
        <Loading />
      ) : notes.data.items.length === 0 ? (
        <p>{t('notes.empty')}</p>
      ) : (
        <ul className="history">
          {notes.data.items.map((note) => (
            <li key={note.id}>
              <p>
                <strong>{note.author.name}</strong>,{' '}
                <time dateTime={note.createdAt}>{formatDateTime(note.createdAt, language)}</time>
              </p>
              <p style={{ whiteSpace: 'pre-wrap' }}>{note.body}</p>
            </li>
          ))}
        </ul>
      )}
      {handedOver ? (
        <HandedOverNotice />
      ) : (
        <TextEntryForm
          id="new-note"
          label={t('notes.label')}
          submit={t('notes.submit')}
          done={t('notes.saved')}
          onSave={(text) => add.mutateAsync(text)}
          pending={add.isPending}
          error={add.error}
        />
      )}
    </>
  );
}
