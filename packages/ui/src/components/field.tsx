import type { ReactNode } from 'react';
import { fieldIds } from '../lib/field-ids.js';
import { FieldError, FieldHelp, FieldHint } from './field-parts.js';

interface FieldProps {
  name: string;
  label: string;
  hint?: string | undefined;
  help?: string | undefined;
  error?: string | undefined;
  /** The control, given its attributes with controlProps so that the label, hint and error point at it. */
  children: ReactNode;
}

/** The label, hint, error and help around one control, in the order a screen reader should meet them. */
export function Field({ name, label, hint, help, error, children }: FieldProps) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={fieldIds(name).id} className="field-label">
        {label}
      </label>
      {hint ? <FieldHint name={name} hint={hint} /> : null}
      {error ? <FieldError name={name} error={error} /> : null}
      {children}
      {help ? <FieldHelp label={label} help={help} /> : null}
    </div>
  );
}
