import { useTranslation } from 'react-i18next';
import type { Attachment } from '../api/get-draft-checklist';
import type { Upload } from '../hooks/use-uploads';
import { AttachedFile } from './attached-file';
import { FilePicker } from './file-picker';
import { UploadItem } from './upload-item';
import type { AttachmentTarget } from '../lib/attachment-target';

interface OtherFilesProps {
  target: AttachmentTarget;
  headingId: string;
  files: Attachment[];
  uploads: Upload[];
  removingId: string | undefined;
  onFiles: (files: File[]) => void;
  onRemove?: ((file: Attachment) => void) | undefined;
  onDismiss: (key: string) => void;
  headingLevel?: 2 | 3;
}

/** Files that count for none of the receipts asked for; they are sent with the application all the same. */
export function OtherFiles({
  target,
  headingId,
  files,
  uploads,
  removingId,
  onFiles,
  onRemove,
  onDismiss,
  headingLevel = 2,
}: OtherFilesProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t } = useTranslation();
  const title = t('receipts.other.title');
  return (
    <section className="receipt receipt--other" aria-labelledby={headingId}>
      <Heading className="receipt__title" id={headingId} tabIndex={-1}>
        {title}
      </Heading>
      <p className="receipt__reason">{t('receipts.other.text')}</p>
      {files.length > 0 || uploads.length > 0 ? (
        <ul className="file-list" aria-label={title}>
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
        <FilePicker purpose={title} onFiles={onFiles} />
        <FilePicker purpose={title} camera onFiles={onFiles} />
      </div>
    </section>
  );
}
