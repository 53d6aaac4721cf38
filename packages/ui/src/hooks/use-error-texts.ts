import { validationText } from '@ebistans/schema';
import { useLanguage } from '../i18n/use-language.js';

interface LabelledField<Name extends string> {
  name: Name;
  label: string;
}

/**
 * Texts for react-hook-form errors whose messages are validation codes, in the current language, and the
 * error summary's items for the given fields in the order they are shown.
 */
export function useErrorTexts<Name extends string>(
  errors: Partial<Record<Name, { message?: unknown }>>,
  fields: readonly LabelledField<Name>[],
) {
  const language = useLanguage();
  const errorText = (name: Name) => {
    const code = errors[name]?.message;
    return typeof code === 'string' ? validationText(code, language) : undefined;
  };
  const summary = fields.flatMap(({ name, label }) => {
    const message = errorText(name);
    return message ? [{ field: name, label, message }] : [];
  });
  return { errorText, summary };
}
