import { useTranslation } from 'react-i18next';
import type { Upload } from '../hooks/use-uploads';
import { FileThumbnail } from './file-thumbnail';

/** A file on its way, with its own progress bar, or refused, with the reason and a way to clear it. */
export function UploadItem({ upload, onDismiss }: { upload: Upload; onDismiss: () => void }) {
  const { t } = useTranslation();
  const percent = upload.total > 0 ? Math.round((upload.loaded / upload.total) * 100) : 0;
  const failed = upload.state === 'failed';
  return (
    <li className={failed ? 'file file--failed' : 'file'}>
      <FileThumbnail contentType={upload.contentType} src={upload.previewUrl} />
      <span className="file__details">
        <span className="file__name">{upload.fileName}</span>
        {failed ? (
          <span className="field-error">
            <span className="visually-hidden">{t('ui.field.errorPrefix')} </span>
            {upload.errorText}
          </span>
        ) : (
          <span className="file__progress">
            <progress
              max={100}
              value={percent}
              aria-label={t('receipts.upload.progressLabel', { name: upload.fileName })}
            />
            <span aria-hidden="true">{t('receipts.upload.percent', { percent })}</span>
          </span>
        )}
      </span>
      <button type="button" className="link-button" onClick={onDismiss}>
        {failed ? t('receipts.upload.clear') : t('receipts.upload.cancel')}{' '}
        <span className="visually-hidden">{upload.fileName}</span>
      </button>
    </li>
  );
}
