import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@ebistans/ui';
import type { Attachment, ChecklistItem } from '../api/get-draft-checklist';
import type { Upload } from '../hooks/use-uploads';
import { AttachedFile } from './attached-file';
import { FilePicker } from './file-picker';
import { UploadItem } from './upload-item';
import type { AttachmentTarget } from '../lib/attachment-target';

interface RequirementItemProps {
  target: AttachmentTarget;
  item: ChecklistItem;
  uploads: Upload[];
  /** The heading's id: it takes focus when the file that had it is removed. */
  headingId: string;
  removingId: string | undefined;
  /** The send-later mark as the person has set it. */
  sendLater: boolean;
  onFiles: (files: File[]) => void;
  /** Left out for a submitted case, whose files stay and whose send-later marks were sent with it. */
  onRemove?: ((file: Attachment) => void) | undefined;
  onDismiss: (key: string) => void;
  onSendLater?: ((sendLater: boolean) => void) | undefined;
  headingLevel?: 2 | 3 | 4;
}

/** One receipt the answers call for: what, why, its status, its files, and how to add them or send them later. */
export function RequirementItem({
  target,
  item,
  uploads,
  headingId,
  removingId,
  sendLater,
  onFiles,
  onRemove,
  onDismiss,
  onSendLater,
  headingLevel = 2,
}: RequirementItemProps) {
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2]!;
  const { t } = useTranslation();
  const language = useLanguage();
  const checkboxId = useId();
  const label = item.label[language];
  const files = item.attachments;
  return (
    <li className="receipt">
      <Heading className="receipt__title" id={headingId} tabIndex={-1}>
        {label}
      </Heading>
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
              target={target}
              file={file}
              removing={removingId === file.id}
              onRemove={onRemove ? () => onRemove(file) : undefined}
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
      {onSendLater && (files.length === 0 || sendLater) ? (
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
