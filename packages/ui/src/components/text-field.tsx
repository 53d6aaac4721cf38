import type { ComponentPropsWithRef } from 'react';
import { describedBy, fieldIds } from '../lib/field-ids.js';
import { FieldError, FieldHelp, FieldHint } from './field-parts.js';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'name'> {
  name: string;
  label: string;
  hint?: string | undefined;
  help?: string | undefined;
  error?: string | undefined;
}

/** A labelled input whose hint and error are read out with it; works with react-hook-form's `register`. */
export function TextField({ name, label, hint, help, error, className, ...input }: TextFieldProps) {
  const ids = fieldIds(name);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={ids.id} className="field-label">
        {label}
      </label>
      {hint ? <FieldHint name={name} hint={hint} /> : null}
      {error ? <FieldError name={name} error={error} /> : null}
      <input
        id={ids.id}
        name={name}
        className={className ? `input ${className}` : 'input'}
        aria-describedby={describedBy(name, { hint, error })}
        aria-invalid={error ? true : undefined}
        {...input}
      />
      {help ? <FieldHelp label={label} help={help} /> : null}
    </div>
  );
}
