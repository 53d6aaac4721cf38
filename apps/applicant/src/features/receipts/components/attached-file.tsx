import { useTranslation } from 'react-i18next';
import type { Attachment } from '../api/get-draft-checklist';
import { attachmentContentUrl, type AttachmentTarget } from '../lib/attachment-target';
import { formatFileSize } from '../lib/file-types';
import { FileThumbnail } from './file-thumbnail';

interface AttachedFileProps {
  target: AttachmentTarget;
  file: Attachment;
  removing: boolean;
  /** Left out for a submitted case: its files stay with it. */
  onRemove?: (() => void) | undefined;
}

/** A stored file with a thumbnail, and in a draft a way to remove it before the application is sent. */
export function AttachedFile({ target, file, removing, onRemove }: AttachedFileProps) {
  const { t, i18n } = useTranslation();
  return (
    <li className="file">
      <FileThumbnail contentType={file.contentType} src={attachmentContentUrl(target, file.id)} />
      <span className="file__details">
        <span className="file__name">{file.fileName}</span>
        <span className="file__meta">{formatFileSize(file.sizeBytes, i18n.language)}</span>
      </span>
      {onRemove ? (
        <button type="button" className="link-button" onClick={onRemove}>
          {removing ? t('receipts.removing') : t('receipts.remove')}{' '}
          <span className="visually-hidden">{file.fileName}</span>
        </button>
      ) : null}
    </li>
  );
}
