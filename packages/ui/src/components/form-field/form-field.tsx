import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '@ebistans/schema';
import { useLocalized } from '../../i18n/use-language.js';
import { Checkbox } from '../checkbox.js';
import { CheckboxGroup } from '../checkbox-group.js';
import { ChoiceGroup } from '../choice-group.js';
import { SelectField } from '../select-field.js';
import { TextArea } from '../text-area.js';
import { TextField } from '../text-field.js';
import { GroupField } from './group-field.js';
import { ListField } from './list-field.js';
import { NumberField } from './number-field.js';

export interface FormFieldProps {
  field: FieldDefinition;
  /** The dotted path of the answer (`children.1.name`): the control's name, its ids and its error's key. */
  path: string;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur?: (() => void) | undefined;
  /** The error text at a path, if any; groups and lists look up their sub-fields' errors with it. */
  errorText: (path: string) => string | undefined;
}

function textValue(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

const orUndefined = (text: string) => (text === '' ? undefined : text);

/** Without a token from the definition these may be someone else's (a co-applicant's phone): no autofill. */
const personalKinds = new Set<FieldDefinition['kind']>(['personnummer', 'phone', 'email']);

/** Renders one question of a form definition by its kind; the forms themselves have no per-field code. */
export function FormField(props: FormFieldProps) {
  const { field, path, value, onChange, onBlur, errorText } = props;
  const { t } = useTranslation();
  const localize = useLocalized();
  const label = localize(field.label);
  const common = {
    name: path,
    label,
    hint: field.hint ? localize(field.hint) : undefined,
    help: field.help ? localize(field.help) : undefined,
    error: errorText(path),
    onBlur,
  };
  const text = {
    ...common,
    value: textValue(value),
    autoComplete: field.autoComplete ?? (personalKinds.has(field.kind) ? 'off' : undefined),
    onChange: (event: { target: { value: string } }) => onChange(orUndefined(event.target.value)),
  };
  const choices = (field.options ?? []).map((option) => ({
    value: option.value,
    label: localize(option.label),
    hint: option.hint ? localize(option.hint) : undefined,
    exclusive: option.exclusive,
  }));

  switch (field.kind) {
    case 'text':
      return <TextField {...text} />;
    case 'textarea':
      return <TextArea {...text} />;
    case 'personnummer':
      return <TextField {...text} inputMode="numeric" className="input--short" />;
    case 'phone':
      return <TextField {...text} type="tel" className="input--short" />;
    case 'email':
      return <TextField {...text} type="email" spellCheck={false} />;
    case 'month':
      return <TextField {...text} type="month" className="input--short" />;
    case 'date':
      return <TextField {...text} type="date" className="input--short" />;
    case 'kronor':
    case 'number':
      return <NumberField {...common} value={value} onChange={onChange} unit={field.unit && localize(field.unit)} />;
    case 'select':
      return (
        <SelectField
          {...common}
          placeholder={t('ui.field.choose')}
          options={choices}
          value={textValue(value)}
          onChange={(event) => onChange(orUndefined(event.target.value))}
        />
      );
    case 'radio':
      return (
        <ChoiceGroup
          {...common}
          legend={label}
          choices={choices}
          value={typeof value === 'string' ? value : undefined}
          onChange={onChange}
        />
      );
    case 'checkboxes':
      return (
        <CheckboxGroup
          {...common}
          legend={label}
          choices={choices}
          value={Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []}
          onChange={(chosen) => onChange(chosen.length > 0 ? chosen : undefined)}
        />
      );
    case 'yesno':
      return (
        <ChoiceGroup
          {...common}
          legend={label}
          choices={[
            { value: 'yes', label: t('ui.field.yes') },
            { value: 'no', label: t('ui.field.no') },
          ]}
          value={value === true ? 'yes' : value === false ? 'no' : undefined}
          onChange={(choice) => onChange(choice === 'yes')}
        />
      );
    case 'confirm':
      return <Checkbox {...common} checked={value === true} onChange={onChange} />;
    case 'group':
      return <GroupField {...props} />;
    case 'list':
      return <ListField {...props} />;
  }
}
