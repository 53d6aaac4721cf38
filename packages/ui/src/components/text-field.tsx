import type { ComponentPropsWithRef } from 'react';
import { controlProps, fieldIds } from '../lib/field-ids.js';
import { Field } from './field.js';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'name'> {
  name: string;
  label: string;
  hint?: string | undefined;
  help?: string | undefined;
  error?: string | undefined;
  /** Shown after the input ("dagar") and read out with it. */
  unit?: string | undefined;
}

/** A labelled input whose hint and error are read out with it; works with react-hook-form's `register`. */
export function TextField({ name, label, hint, help, error, unit, className, ...input }: TextFieldProps) {
  const control = (
    <input
      {...controlProps(name, { hint, error, unit })}
      className={className ? `input ${className}` : 'input'}
      {...input}
    />
  );
  return (
    <Field name={name} label={label} hint={hint} help={help} error={error}>
      {unit ? (
        <div className="input-with-unit">
          {control}
          <span id={fieldIds(name).unit} className="input-unit">
            {unit}
          </span>
        </div>
      ) : (
        control
      )}
    </Field>
  );
}
