import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_TYPES, CAMERA_TYPES } from '../lib/file-types';

interface FilePickerProps {
  /** What the files are for, read after the button's text by screen readers ("Välj filer för Hyresavi"). */
  purpose: string;
  /** Opens the phone's camera instead of its files. */
  camera?: boolean;
  onFiles: (files: File[]) => void;
}

/**
 * A file input that looks like a button: the input stays in the page, visually hidden but focusable, so it
 * works with the keyboard and screen readers as a file input does; its label is what people see and press.
 */
export function FilePicker({ purpose, camera = false, onFiles }: FilePickerProps) {
  const { t } = useTranslation();
  const id = useId();

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    // Emptied so that choosing the same file again (after removing it) is a change too.
    input.value = '';
    if (files.length > 0) onFiles(files);
  }

  return (
    <span className="file-picker">
      <input
        id={id}
        type="file"
        className="file-picker__input"
        accept={camera ? CAMERA_TYPES : ACCEPTED_TYPES}
        multiple
        {...(camera ? { capture: 'environment' as const } : {})}
        onChange={handleChange}
      />
      <label htmlFor={id} className="button button--secondary file-picker__label">
        {camera ? t('receipts.takePhoto') : t('receipts.chooseFiles')}{' '}
        <span className="visually-hidden">{t('receipts.forPurpose', { purpose })}</span>
      </label>
    </span>
  );
}
