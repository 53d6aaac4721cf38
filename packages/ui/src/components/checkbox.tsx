import { controlProps, fieldIds } from '../lib/field-ids.js';
import { FieldError, FieldHelp, FieldHint } from './field-parts.js';

interface CheckboxProps {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  onBlur?: (() => void) | undefined;
  hint?: string | undefined;
  help?: string | undefined;
  error?: string | undefined;
}

export function Checkbox({ name, label, checked, onChange, onBlur, hint, help, error }: CheckboxProps) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      {hint ? <FieldHint name={name} hint={hint} /> : null}
      {error ? <FieldError name={name} error={error} /> : null}
      <div className="choice">
        <input
          {...controlProps(name, { hint, error })}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          onBlur={onBlur}
        />
        <label htmlFor={fieldIds(name).id}>{label}</label>
      </div>
      {help ? <FieldHelp label={label} help={help} /> : null}
    </div>
  );
}
