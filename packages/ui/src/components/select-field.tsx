import type { ComponentPropsWithRef } from 'react';
import { describedBy, fieldIds } from '../lib/field-ids.js';
import { FieldError, FieldHint } from './field-parts.js';

export interface SelectFieldProps extends Omit<ComponentPropsWithRef<'select'>, 'id' | 'name'> {
  name: string;
  label: string;
  /** The empty first option, such as "Välj kommun". */
  placeholder: string;
  options: { value: string; label: string }[];
  hint?: string | undefined;
  error?: string | undefined;
}

export function SelectField({ name, label, placeholder, options, hint, error, ...select }: SelectFieldProps) {
  const ids = fieldIds(name);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={ids.id} className="field-label">
        {label}
      </label>
      {hint ? <FieldHint name={name} hint={hint} /> : null}
      {error ? <FieldError name={name} error={error} /> : null}
      <select
        id={ids.id}
        name={name}
        className="input"
        aria-describedby={describedBy(name, { hint, error })}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
