import { useTranslation } from 'react-i18next';
import { fieldIds } from '../lib/field-ids.js';

export function FieldHint({ name, hint }: { name: string; hint: string }) {
  return (
    <p id={fieldIds(name).hint} className="field-hint">
      {hint}
    </p>
  );
}

export function FieldError({ name, error }: { name: string; error: string }) {
  const { t } = useTranslation();
  return (
    <p id={fieldIds(name).error} className="field-error">
      <span className="visually-hidden">{t('ui.field.errorPrefix')} </span>
      {error}
    </p>
  );
}

/** Longer guidance stays folded away so the question itself is short; "Hjälp" names the field for screen readers. */
export function FieldHelp({ label, help }: { label: string; help: string }) {
  const { t } = useTranslation();
  return (
    <details className="field-help">
      <summary>
        {t('ui.field.help')}
        <span className="visually-hidden"> {t('ui.field.helpFor', { label })}</span>
      </summary>
      <p>{help}</p>
    </details>
  );
}
