import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, fieldIds } from '../lib/field-ids.js';
import { ChoiceOption, choiceId, type Choice } from './choice-option.js';
import { FieldError, FieldHelp, FieldHint } from './field-parts.js';

export interface CheckboxChoice extends Choice {
  /** "Inget av detta": checking it clears the others, and checking another clears it. */
  exclusive?: boolean | undefined;
}

interface CheckboxGroupProps {
  name: string;
  legend: string;
  choices: CheckboxChoice[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur?: (() => void) | undefined;
  hint?: string | undefined;
  help?: string | undefined;
  error?: string | undefined;
}

function toggle(choices: CheckboxChoice[], value: readonly string[], choice: CheckboxChoice, checked: boolean) {
  if (!checked) return value.filter((item) => item !== choice.value);
  if (choice.exclusive) return [choice.value];
  const exclusive = new Set(choices.filter((item) => item.exclusive).map((item) => item.value));
  return [...value.filter((item) => !exclusive.has(item)), choice.value];
}

/** Checkboxes in a fieldset, "choose all that apply"; an exclusive choice comes last, after "eller". */
export function CheckboxGroup({
  name,
  legend,
  choices,
  value,
  onChange,
  onBlur,
  hint,
  help,
  error,
}: CheckboxGroupProps) {
  const { t } = useTranslation();
  const ids = fieldIds(name);
  return (
    <fieldset className={error ? 'field field--error' : 'field'} aria-describedby={describedBy(name, { hint, error })}>
      <legend className="field-label">{legend}</legend>
      {hint ? <FieldHint name={name} hint={hint} /> : null}
      {error ? <FieldError name={name} error={error} /> : null}
      <div className="choices">
        {choices.map((choice, index) => (
          <Fragment key={choice.value}>
            {choice.exclusive && index > 0 ? <p className="choices__divider">{t('ui.field.or')}</p> : null}
            <ChoiceOption
              id={choiceId(ids.id, index, choice.value)}
              type="checkbox"
              name={name}
              choice={choice}
              checked={value.includes(choice.value)}
              onChange={(checked) => onChange(toggle(choices, value, choice, checked))}
              onBlur={onBlur}
            />
          </Fragment>
        ))}
      </div>
      {help ? <FieldHelp label={legend} help={help} /> : null}
    </fieldset>
  );
}
