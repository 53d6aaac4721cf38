import type { ComponentPropsWithRef } from 'react';
import { controlProps } from '../lib/field-ids.js';
import { Field } from './field.js';

export interface SelectFieldProps extends Omit<ComponentPropsWithRef<'select'>, 'id' | 'name'> {
  name: string;
  label: string;
  /** The empty first option, such as "Välj kommun". */
  placeholder: string;
  options: { value: string; label: string }[];
  hint?: string | undefined;
  help?: string | undefined;
  error?: string | undefined;
}

export function SelectField({ name, label, placeholder, options, hint, help, error, ...select }: SelectFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} help={help} error={error}>
      <select {...controlProps(name, { hint, error })} className="input" {...select}>
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
