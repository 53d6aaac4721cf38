import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '@ebistans/schema';
import { useLocalized } from '../i18n/use-language.js';
import { parseKronorInput } from '../lib/kronor-input.js';
import { Checkbox } from './checkbox.js';
import { ChoiceGroup } from './choice-group.js';
import { TextArea } from './text-area.js';
import { TextField, type TextFieldProps } from './text-field.js';

interface FormFieldProps {
  field: FieldDefinition;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur?: () => void;
  error?: string | undefined;
}

function textValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

interface KronorFieldProps extends Omit<TextFieldProps, 'value' | 'onChange'> {
  value: unknown;
  onChange: (value: unknown) => void;
}

/** Keeps the typed text ("5 400") on screen while the form holds the number. */
function KronorField({ value, onChange, ...props }: KronorFieldProps) {
  const [text, setText] = useState(() => textValue(value));
  return (
    <TextField
      {...props}
      inputMode="numeric"
      autoComplete="off"
      className="input--short"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseKronorInput(event.target.value));
      }}
    />
  );
}

/** Renders one question of a form definition by its kind; the forms themselves have no per-field code. */
export function FormField({ field, value, onChange, onBlur, error }: FormFieldProps) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const common = {
    name: field.name,
    label: localize(field.label),
    hint: field.hint ? localize(field.hint) : undefined,
    help: field.help ? localize(field.help) : undefined,
    error,
    onBlur,
  };
  const orUndefined = (text: string) => (text === '' ? undefined : text);

  switch (field.kind) {
    case 'text':
      return (
        <TextField
          {...common}
          value={textValue(value)}
          onChange={(event) => onChange(orUndefined(event.target.value))}
        />
      );
    case 'textarea':
      return (
        <TextArea
          {...common}
          value={textValue(value)}
          onChange={(event) => onChange(orUndefined(event.target.value))}
        />
      );
    case 'month':
      return (
        <TextField
          {...common}
          type="month"
          className="input--short"
          value={textValue(value)}
          onChange={(event) => onChange(orUndefined(event.target.value))}
        />
      );
    case 'kronor':
      return <KronorField {...common} value={value} onChange={onChange} />;
    case 'radio':
      return (
        <ChoiceGroup
          {...common}
          legend={common.label}
          choices={(field.options ?? []).map((option) => ({ value: option.value, label: localize(option.label) }))}
          value={typeof value === 'string' ? value : undefined}
          onChange={onChange}
        />
      );
    case 'yesno':
      return (
        <ChoiceGroup
          {...common}
          legend={common.label}
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
  }
}
