import { useTranslation } from 'react-i18next';
import type { Attachment } from '../api/get-draft-checklist';
import type { Upload } from '../hooks/use-uploads';
import { AttachedFile } from './attached-file';
import { FilePicker } from './file-picker';
import { UploadItem } from './upload-item';

interface OtherFilesProps {
  formId: string;
  headingId: string;
  files: Attachment[];
  uploads: Upload[];
  removingId: string | undefined;
  onFiles: (files: File[]) => void;
  onRemove: (file: Attachment) => void;
  onDismiss: (key: string) => void;
}

/** Files that count for none of the receipts asked for; they are sent with the application all the same. */
export function OtherFiles({
  formId,
  headingId,
  files,
  uploads,
  removingId,
  onFiles,
  onRemove,
  onDismiss,
}: OtherFilesProps) {
  const { t } = useTranslation();
  const title = t('receipts.other.title');
  return (
    <section className="receipt receipt--other" aria-labelledby={headingId}>
      <h2 className="receipt__title" id={headingId} tabIndex={-1}>
        {title}
      </h2>
      <p className="receipt__reason">{t('receipts.other.text')}</p>
      {files.length > 0 || uploads.length > 0 ? (
        <ul className="file-list" aria-label={title}>
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
        <FilePicker purpose={title} onFiles={onFiles} />
        <FilePicker purpose={title} camera onFiles={onFiles} />
      </div>
    </section>
  );
}
