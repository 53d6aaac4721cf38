import type { ComponentPropsWithRef } from 'react';
import { describedBy, fieldIds } from '../lib/field-ids.js';
import { FieldError, FieldHelp, FieldHint } from './field-parts.js';

export interface TextAreaProps extends Omit<ComponentPropsWithRef<'textarea'>, 'id' | 'name'> {
  name: string;
  label: string;
  hint?: string | undefined;
  help?: string | undefined;
  error?: string | undefined;
}

export function TextArea({ name, label, hint, help, error, ...textarea }: TextAreaProps) {
  const ids = fieldIds(name);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={ids.id} className="field-label">
        {label}
      </label>
      {hint ? <FieldHint name={name} hint={hint} /> : null}
      {error ? <FieldError name={name} error={error} /> : null}
      <textarea
        id={ids.id}
        name={name}
        className="input input--textarea"
        rows={5}
        aria-describedby={describedBy(name, { hint, error })}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
      {help ? <FieldHelp label={label} help={help} /> : null}
    </div>
  );
}
