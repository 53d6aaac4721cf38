import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRecord, minimumRows, rowTitle, type FormData } from '@ebistans/schema';
import { useLanguage, useLocalized } from '../../i18n/use-language.js';
import { describedBy, fieldIds } from '../../lib/field-ids.js';
import { childPath } from '../../lib/field-path.js';
import { FieldError, FieldHelp, FieldHint } from '../field-parts.js';
import type { FormFieldProps } from './form-field.js';
import { ObjectFields } from './object-fields.js';
import { useRowKeys } from './use-row-keys.js';

/** Where focus goes after the rows changed: into a row (by position), or to the add button. */
type FocusTarget = number | 'add';

const formControls = 'input, select, textarea';

/**
 * Rows of the same questions (children, incomes) in a fieldset, each row a fieldset of its own named
 * "Barn 2", with a remove button that names the row and an add button below. A required list starts
 * with one row, so that answering "Ja" to its gate leads straight to the first row's questions.
 */
export function ListField({ field, path, value, onChange, onBlur, errorText }: FormFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalized();
  const rows: FormData[] = Array.isArray(value) ? value.map((row) => (isRecord(row) ? row : {})) : [];
  const { keys, added, removed } = useRowKeys(rows.length);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const focusAfterRender = useRef<FocusTarget | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const startsWithRow = value === undefined && minimumRows(field) > 0;
  useEffect(() => {
    if (startsWithRow) onChange([{}]);
  }, [startsWithRow, onChange]);

  // Runs after every render; acts only after the one that shows the added row or lacks the removed one.
  useEffect(() => {
    const target = focusAfterRender.current;
    if (target === null) return;
    focusAfterRender.current = null;
    const fieldset = fieldsetRef.current;
    const row =
      typeof target === 'number' ? fieldset?.querySelectorAll(':scope > .list__rows > .list-row')[target] : null;
    const element = row
      ? row.querySelector<HTMLElement>(formControls)
      : fieldset?.querySelector<HTMLElement>(':scope > .list__add');
    element?.focus();
  });

  function addRow() {
    added();
    focusAfterRender.current = rows.length;
    setAnnouncement('');
    onChange([...rows, {}]);
  }

  function removeRow(index: number) {
    removed(index);
    const remaining = rows.filter((_, position) => position !== index);
    // The row that took its place, else the one above, else the add button: focus never falls to the page.
    focusAfterRender.current = remaining.length === 0 ? 'add' : Math.min(index, remaining.length - 1);
    setAnnouncement(t('ui.list.removed', { item: rowTitle(field, index, language) }));
    onChange(remaining);
  }

  const label = localize(field.label);
  const hint = field.hint ? localize(field.hint) : undefined;
  const error = errorText(path);
  const canAdd = field.max === undefined || rows.length < field.max;
  return (
    <fieldset
      ref={fieldsetRef}
      id={fieldIds(path).id}
      tabIndex={-1}
      className={error ? 'field field--error list' : 'field list'}
      aria-describedby={describedBy(path, { hint, error })}
    >
      <legend className="field-label">{label}</legend>
      {hint ? <FieldHint name={path} hint={hint} /> : null}
      {error ? <FieldError name={path} error={error} /> : null}
      <div className="list__rows">
        {rows.map((row, index) => {
          const title = rowTitle(field, index, language);
          return (
            <fieldset key={keys[index]} className="list-row">
              <legend className="list-row__title">{title}</legend>
              <ObjectFields
                fields={field.fields ?? []}
                path={childPath(path, index)}
                value={row}
                onChange={(next) => onChange(rows.map((current, position) => (position === index ? next : current)))}
                onBlur={onBlur}
                errorText={errorText}
              />
              <button type="button" className="button button--secondary" onClick={() => removeRow(index)}>
                {t('ui.list.remove', { item: title })}
              </button>
            </fieldset>
          );
        })}
      </div>
      {canAdd ? (
        <button type="button" className="button button--secondary list__add" onClick={addRow}>
          {field.addLabel ? localize(field.addLabel) : t('ui.list.add')}
        </button>
      ) : null}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {field.help ? <FieldHelp label={label} help={localize(field.help)} /> : null}
    </fieldset>
  );
}
