import { describedBy, fieldIds } from '../lib/field-ids.js';
import { FieldError, FieldHelp, FieldHint } from './field-parts.js';

interface Choice {
  value: string;
  label: string;
}

interface ChoiceGroupProps {
  name: string;
  legend: string;
  choices: Choice[];
  value: string | undefined;
  onChange: (value: string) => void;
  onBlur?: (() => void) | undefined;
  hint?: string | undefined;
  help?: string | undefined;
  error?: string | undefined;
}

/** Radio buttons in a fieldset, so the question is read out with each option. */
export function ChoiceGroup({ name, legend, choices, value, onChange, onBlur, hint, help, error }: ChoiceGroupProps) {
  const ids = fieldIds(name);
  return (
    <fieldset className={error ? 'field field--error' : 'field'} aria-describedby={describedBy(name, { hint, error })}>
      <legend className="field-label">{legend}</legend>
      {hint ? <FieldHint name={name} hint={hint} /> : null}
      {error ? <FieldError name={name} error={error} /> : null}
      <div className="choices">
        {choices.map((choice, index) => {
          // The first option carries the field's own id so the error summary can link to the group.
          const id = index === 0 ? ids.id : `${ids.id}-${choice.value}`;
          return (
            <div className="choice" key={choice.value}>
              <input
                id={id}
                type="radio"
                name={name}
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                onBlur={onBlur}
              />
              <label htmlFor={id}>{choice.label}</label>
            </div>
          );
        })}
      </div>
      {help ? <FieldHelp label={legend} help={help} /> : null}
    </fieldset>
  );
}
