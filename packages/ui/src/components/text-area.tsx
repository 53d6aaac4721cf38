import type { ComponentPropsWithRef } from 'react';
import { controlProps } from '../lib/field-ids.js';
import { Field } from './field.js';

export interface TextAreaProps extends Omit<ComponentPropsWithRef<'textarea'>, 'id' | 'name'> {
  name: string;
  label: string;
  hint?: string | undefined;
  help?: string | undefined;
  error?: string | undefined;
}

export function TextArea({ name, label, hint, help, error, ...textarea }: TextAreaProps) {
  return (
    <Field name={name} label={label} hint={hint} help={help} error={error}>
      <textarea {...controlProps(name, { hint, error })} className="input input--textarea" rows={5} {...textarea} />
    </Field>
  );
}
