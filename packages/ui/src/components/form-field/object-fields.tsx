import { isFieldVisible, isRecord, type FieldDefinition, type FormData } from '@ebistans/schema';
import { childPath } from '../../lib/field-path.js';
import { FormField, type FormFieldProps } from './form-field.js';

interface ObjectFieldsProps extends Pick<FormFieldProps, 'path' | 'onBlur' | 'errorText'> {
  fields: readonly FieldDefinition[];
  value: unknown;
  onChange: (value: FormData) => void;
}

/** The visible sub-fields of a group or a list row; their conditions are read in that same object. */
export function ObjectFields({ fields, path, value, onChange, onBlur, errorText }: ObjectFieldsProps) {
  const object = isRecord(value) ? value : {};
  return fields
    .filter((field) => isFieldVisible(field, object))
    .map((field) => (
      <FormField
        key={field.name}
        field={field}
        path={childPath(path, field.name)}
        value={object[field.name]}
        onChange={(next) => onChange({ ...object, [field.name]: next })}
        onBlur={onBlur}
        errorText={errorText}
      />
    ));
}
