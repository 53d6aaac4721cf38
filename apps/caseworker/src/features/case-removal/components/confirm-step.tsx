import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmStepProps {
  id: string;
  question: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The second step of an action that cannot be taken back lightly: the question takes focus when it
 * appears, so a screen reader reads it out and the keyboard starts next to the two answers.
 */
export function ConfirmStep({ id, question, confirmLabel, pending, onConfirm, onCancel }: ConfirmStepProps) {
  const { t } = useTranslation();
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div role="group" aria-labelledby={id} className="notice notice--action">
      <p id={id} ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <div className="button-group">
        <button type="button" className="button button--danger" onClick={onConfirm} disabled={pending}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('caseRemoval.cancel')}
        </button>
      </div>
    </div>
  );
}
