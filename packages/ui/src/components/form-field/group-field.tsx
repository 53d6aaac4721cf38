import { useLocalized } from '../../i18n/use-language.js';
import { describedBy, fieldIds } from '../../lib/field-ids.js';
import { FieldError, FieldHelp, FieldHint } from '../field-parts.js';
import type { FormFieldProps } from './form-field.js';
import { ObjectFields } from './object-fields.js';

/**
 * A group of questions about one thing (the co-applicant) in a fieldset named by its legend. The
 * fieldset takes the field's id and can be focused, so the error summary can lead to a group-level error.
 */
export function GroupField({ field, path, value, onChange, onBlur, errorText }: FormFieldProps) {
  const localize = useLocalized();
  const label = localize(field.label);
  const hint = field.hint ? localize(field.hint) : undefined;
  const error = errorText(path);
  return (
    <fieldset
      id={fieldIds(path).id}
      tabIndex={-1}
      className={error ? 'field field--error field-group' : 'field field-group'}
      aria-describedby={describedBy(path, { hint, error })}
    >
      <legend className="field-label">{label}</legend>
      {hint ? <FieldHint name={path} hint={hint} /> : null}
      {error ? <FieldError name={path} error={error} /> : null}
      <ObjectFields
        fields={field.fields ?? []}
        path={path}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        errorText={errorText}
      />
      {field.help ? <FieldHelp label={label} help={localize(field.help)} /> : null}
    </fieldset>
  );
}
