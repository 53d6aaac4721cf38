import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@ebistans/ui';
import type { Attachment, ChecklistItem } from '../api/get-draft-checklist';
import type { Upload } from '../hooks/use-uploads';
import { AttachedFile } from './attached-file';
import { FilePicker } from './file-picker';
import { UploadItem } from './upload-item';

interface RequirementItemProps {
  formId: string;
  item: ChecklistItem;
  uploads: Upload[];
  /** The heading's id: it takes focus when the file that had it is removed. */
  headingId: string;
  removingId: string | undefined;
  /** The send-later mark as the person has set it. */
  sendLater: boolean;
  onFiles: (files: File[]) => void;
  onRemove: (file: Attachment) => void;
  onDismiss: (key: string) => void;
  onSendLater: (sendLater: boolean) => void;
}

/** One receipt the answers call for: what, why, its status, its files, and how to add them or send them later. */
export function RequirementItem({
  formId,
  item,
  uploads,
  headingId,
  removingId,
  sendLater,
  onFiles,
  onRemove,
  onDismiss,
  onSendLater,
}: RequirementItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const checkboxId = useId();
  const label = item.label[language];
  const files = item.attachments;
  return (
    <li className="receipt">
      <h2 className="receipt__title" id={headingId} tabIndex={-1}>
        {label}
      </h2>
      <p className="receipt__status">
        <span className="visually-hidden">{t('receipts.statusLabel')} </span>
        <span className={`tag tag--${item.status}`}>{t(`receipts.status.${item.status}`)}</span>
      </p>
      <p className="receipt__reason">{item.reason[language]}</p>
      {files.length > 0 || uploads.length > 0 ? (
        <ul className="file-list" aria-label={t('receipts.filesFor', { purpose: label })}>
          {files.map((file) => (
            <AttachedFile
              key={file.id}
              formId={formId}
              file={file}
              removing={removingId === file.id}
              onRemove={() => onRemove(file)}
            />
          ))}
          {uploads.map((upload) => (
            <UploadItem key={upload.key} upload={upload} onDismiss={() => onDismiss(upload.key)} />
          ))}
        </ul>
      ) : null}
      <div className="receipt__actions">
        <FilePicker purpose={label} onFiles={onFiles} />
        <FilePicker purpose={label} camera onFiles={onFiles} />
      </div>
      {files.length === 0 || sendLater ? (
        <div className="choice">
          <input
            id={checkboxId}
            type="checkbox"
            checked={sendLater}
            onChange={(event) => onSendLater(event.target.checked)}
          />
          <label htmlFor={checkboxId}>
            {t('receipts.sendLater')} <span className="visually-hidden">– {label}</span>
          </label>
        </div>
      ) : null}
    </li>
  );
}
