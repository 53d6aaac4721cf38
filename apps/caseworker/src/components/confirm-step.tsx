import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface ConfirmStepProps {
  /** The button that starts it, e.g. "Stäng av kontot". */
  label: string;
  triggerClassName: string;
  /** Puts the button in a wrapper of its own, e.g. a paragraph; the question is shown in its place. */
  wrapTrigger?: (trigger: ReactNode) => ReactNode;
  /** The question asked before doing it, e.g. "Stäng av kontot för Åsa Östlund?" */
  question: string;
  /** The question's id, which names the group; one of its own when left out. */
  questionId?: string;
  confirmLabel: string;
  confirmClassName: string;
  cancelLabel: string;
  pending: boolean;
  /**
   * Whether the question stays open, its confirm button disabled, while the action is under way; the
   * action then closes it with `close`. Otherwise the question closes as soon as the action starts.
   */
  stayOpenWhilePending?: boolean;
  onConfirm: (close: () => void) => void;
}

/**
 * A button for an action that is hard to undo or affects the person at once: the first press asks, the
 * second does it. The question takes focus when it appears, so a screen reader reads it out and the
 * keyboard starts next to the two answers; Avbryt returns focus to the button.
 */
export function ConfirmStep({
  label,
  triggerClassName,
  wrapTrigger = (trigger) => trigger,
  question,
  questionId,
  confirmLabel,
  confirmClassName,
  cancelLabel,
  pending,
  stayOpenWhilePending = false,
  onConfirm,
}: ConfirmStepProps) {
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const ownId = useId();
  const id = questionId ?? ownId;
  const cancelled = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (cancelled.current) triggerRef.current?.focus();
    cancelled.current = false;
  }, [asking]);

  if (!asking) {
    return wrapTrigger(
      <button ref={triggerRef} type="button" className={triggerClassName} onClick={() => setAsking(true)}>
        {label}
      </button>,
    );
  }
  const close = () => setAsking(false);
  return (
    <div role="group" aria-labelledby={id} className="notice notice--action">
      <p id={id} ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <div className="button-group">
        <button
          type="button"
          className={confirmClassName}
          disabled={stayOpenWhilePending ? pending : undefined}
          onClick={() => {
            if (stayOpenWhilePending) {
              onConfirm(close);
              return;
            }
            if (pending) return;
            close();
            onConfirm(close);
          }}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            cancelled.current = true;
            close();
          }}
        >
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
