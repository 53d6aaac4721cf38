import {
  isFieldVisible,
  isRecord,
  rowTitle,
  validationText,
  type FieldDefinition,
  type FormData,
  type Language,
} from '@ebistans/schema';
import type { ErrorSummaryItem } from '../components/error-summary.js';
import { useLanguage } from '../i18n/use-language.js';
import { childPath, valueAtPath } from '../lib/field-path.js';

type ErrorText = (path: string) => string | undefined;

/** Summary items for the visible fields, sub-fields and list rows, in the order they are shown. */
function summaryItems(
  fields: readonly FieldDefinition[],
  values: FormData,
  path: string,
  context: readonly string[],
  errorText: ErrorText,
  language: Language,
): ErrorSummaryItem[] {
  return fields
    .filter((field) => isFieldVisible(field, values))
    .flatMap((field) => {
      const fieldPath = childPath(path, field.name);
      const message = errorText(fieldPath);
      // "Barn 2 – Barnets personnummer": a nested label alone would not say which row it is about.
      const labels = [...context, field.label[language]];
      const item = message ? [{ field: fieldPath, label: labels.join(' – '), message }] : [];
      const value = values[field.name];
      if (field.kind === 'group') {
        const group = isRecord(value) ? value : {};
        return [...item, ...summaryItems(field.fields ?? [], group, fieldPath, labels, errorText, language)];
      }
      if (field.kind === 'list' && Array.isArray(value)) {
        const rows = value.flatMap((row: unknown, index) =>
          summaryItems(
            field.fields ?? [],
            isRecord(row) ? row : {},
            childPath(fieldPath, index),
            [...context, rowTitle(field, index, language)],
            errorText,
            language,
          ),
        );
        return [...item, ...rows];
      }
      return item;
    });
}

/**
 * Texts for errors of a form definition's fields, kept as react-hook-form keeps them (nested objects
 * whose messages are validation codes), looked up by dotted path, and the error summary's items.
 */
export function useFormFieldErrors(errors: unknown, fields: readonly FieldDefinition[], values: FormData) {
  const language = useLanguage();
  const errorText: ErrorText = (path) => {
    const error = valueAtPath(errors, path);
    const code = isRecord(error) ? error.message : undefined;
    return typeof code === 'string' ? validationText(code, language) : undefined;
  };
  return { errorText, summary: summaryItems(fields, values, '', [], errorText, language) };
}
