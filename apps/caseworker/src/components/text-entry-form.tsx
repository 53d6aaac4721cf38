import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionResult } from './action-result';

interface TextEntryFormProps {
  id: string;
  label: string;
  submit: string;
  done: string;
  /** Resolves when saved; the text is then cleared. */
  onSave: (text: string) => Promise<unknown>;
  pending: boolean;
  error: unknown;
  /** More fields between the text and the button, e.g. files to send with a message. */
  children?: ReactNode;
}

/** One text area and a button, for a message or a note; an empty text is refused next to the field. */
export function TextEntryForm({ id, label, submit, done, onSave, pending, error, children }: TextEntryFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        if (text.trim() === '') return setEmpty(true);
        setEmpty(false);
        void onSave(text.trim()).then(() => (setText(''), setSaved(true)));
      }}
    >
      <div className={empty ? 'field field--error' : 'field'}>
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        {empty ? (
          <p className="field-error" id={`${id}-error`}>
            {t('caseView.textRequired')}
          </p>
        ) : null}
        <textarea
          id={id}
          className="input"
          rows={4}
          maxLength={10000}
          aria-invalid={empty || undefined}
          aria-describedby={empty ? `${id}-error` : undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {children}
      <button type="submit" className="button" disabled={pending}>
        {submit}
      </button>
      <ActionResult error={error} done={saved ? done : undefined} />
    </form>
  );
}
