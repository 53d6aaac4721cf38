import { useTranslation } from 'react-i18next';
import { isReceiptCategory, RECEIPT_CATEGORIES } from '@ebistans/schema';
import { Loading, formatDateTime, problemMessage, useLanguage } from '@ebistans/ui';
import { useAttachments } from '../api/attachments';

/**
 * The case's files, each opened in the browser's own viewer in a new tab. There is no staff receipt
 * checklist endpoint yet, so the files are listed by their category instead.
 */
export function CaseFiles({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const files = useAttachments(caseId);
  if (files.error) return <p role="alert">{problemMessage(files.error, t)}</p>;
  if (!files.data) return <Loading />;
  if (files.data.items.length === 0) return <p>{t('files.empty')}</p>;
  return (
    <ul>
      {files.data.items.map((file) => (
        <li key={file.id}>
          <a href={`/api/staff/cases/${caseId}/attachments/${file.id}/content`} target="_blank" rel="noopener">
            {file.fileName}
            <span className="visually-hidden"> {t('files.opensInNewTab')}</span>
          </a>{' '}
          (
          {file.category && isReceiptCategory(file.category)
            ? RECEIPT_CATEGORIES[file.category][language]
            : t('files.otherCategory')}
          , {t('files.size', { kb: Math.max(1, Math.round(file.sizeBytes / 1024)) })},{' '}
          <time dateTime={file.createdAt}>{formatDateTime(file.createdAt, language)}</time>)
        </li>
      ))}
    </ul>
  );
}
