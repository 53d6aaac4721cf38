import { useTranslation } from 'react-i18next';
import type { Attachment } from '../api/get-draft-checklist';
import { attachmentContentUrl } from '../lib/attachment-url';
import { formatFileSize } from '../lib/file-types';
import { FileThumbnail } from './file-thumbnail';

interface AttachedFileProps {
  formId: string;
  file: Attachment;
  removing: boolean;
  onRemove: () => void;
}

/** A file stored in the draft, with a thumbnail and a way to remove it before the application is sent. */
export function AttachedFile({ formId, file, removing, onRemove }: AttachedFileProps) {
  const { t, i18n } = useTranslation();
  return (
    <li className="file">
      <FileThumbnail contentType={file.contentType} src={attachmentContentUrl(formId, file.id)} />
      <span className="file__details">
        <span className="file__name">{file.fileName}</span>
        <span className="file__meta">{formatFileSize(file.sizeBytes, i18n.language)}</span>
      </span>
      <button type="button" className="link-button" onClick={onRemove}>
        {removing ? t('receipts.removing') : t('receipts.remove')}{' '}
        <span className="visually-hidden">{file.fileName}</span>
      </button>
    </li>
  );
}
