import { describedBy, fieldIds } from '../lib/field-ids.js';
import { ChoiceOption, choiceId, type Choice } from './choice-option.js';
import { FieldError, FieldHelp, FieldHint } from './field-parts.js';

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
        {choices.map((choice, index) => (
          <ChoiceOption
            key={choice.value}
            id={choiceId(ids.id, index, choice.value)}
            type="radio"
            name={name}
            choice={choice}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
            onBlur={onBlur}
          />
        ))}
      </div>
      {help ? <FieldHelp label={legend} help={help} /> : null}
    </fieldset>
  );
}
