import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  label: string;
  /** The question asked before doing it, e.g. "Stäng av kontot för Åsa Östlund?" */
  question: string;
  confirm: string;
  onConfirm: () => void;
  pending: boolean;
}

/**
 * A button for an action that is hard to undo or affects the person at once: the first press asks, the
 * second does it. The question takes focus so it is read out; Avbryt returns focus to the button.
 */
export function ConfirmButton({ label, question, confirm, onConfirm, pending }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const cancelled = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (cancelled.current) buttonRef.current?.focus();
    cancelled.current = false;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={buttonRef} type="button" className="button button--secondary" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={questionId} className="notice notice--action">
      <p id={questionId} ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <div className="button-group">
        <button
          type="button"
          className="button"
          onClick={() => {
            if (pending) return;
            setAsking(false);
            onConfirm();
          }}
        >
          {confirm}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            cancelled.current = true;
            setAsking(false);
          }}
        >
          {t('applicants.actions.cancel')}
        </button>
      </div>
    </div>
  );
}
