import type { ReactNode } from 'react';

export interface Choice {
  value: string;
  /** Text, or text with markup such as the `<code>` of a technical name. */
  label: ReactNode;
  hint?: string | undefined;
}

interface ChoiceOptionProps {
  id: string;
  type: 'radio' | 'checkbox';
  name: string;
  choice: Choice;
  checked: boolean;
  onChange: (checked: boolean) => void;
  onBlur?: (() => void) | undefined;
}

/** One radio button or checkbox of a group, its label the tap target and its own hint read out with it. */
export function ChoiceOption({ id, type, name, choice, checked, onChange, onBlur }: ChoiceOptionProps) {
  // Not `${id}-hint`: the first option has the field's own id, and that is the question's hint.
  const hintId = `${id}-choice-hint`;
  return (
    <div>
      <div className="choice">
        <input
          id={id}
          type={type}
          name={name}
          value={choice.value}
          checked={checked}
          aria-describedby={choice.hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.checked)}
          onBlur={onBlur}
        />
        <label htmlFor={id}>{choice.label}</label>
      </div>
      {choice.hint ? (
        <p id={hintId} className="field-hint choice__hint">
          {choice.hint}
        </p>
      ) : null}
    </div>
  );
}

/** The first option carries the field's own id, so that the error summary can link to the group. */
export function choiceId(fieldId: string, index: number, value: string): string {
  return index === 0 ? fieldId : `${fieldId}-${value}`;
}
