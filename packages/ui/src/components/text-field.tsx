import type { ComponentPropsWithRef } from 'react';
import { controlProps } from '../lib/field-ids.js';
import { Field } from './field.js';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'name'> {
  name: string;
  label: string;
  hint?: string | undefined;
  help?: string | undefined;
  error?: string | undefined;
}

/** A labelled input whose hint and error are read out with it; works with react-hook-form's `register`. */
export function TextField({ name, label, hint, help, error, className, ...input }: TextFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} help={help} error={error}>
      <input
        {...controlProps(name, { hint, error })}
        className={className ? `input ${className}` : 'input'}
        {...input}
      />
    </Field>
  );
}
