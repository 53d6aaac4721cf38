import { useTranslation } from 'react-i18next';
import { RECEIPT_CATEGORIES, isReceiptCategory } from '@ebistans/schema';
import { Loading, problemMessage, useLanguage } from '@ebistans/ui';
import type { Attachment } from '../api/get-draft-checklist';
import { useCaseAttachments } from '../api/list-case-attachments';
import { useUploads } from '../hooks/use-uploads';
import type { AttachmentTarget } from '../lib/attachment-target';
import { AttachedFile } from './attached-file';
import { FilePicker } from './file-picker';
import { UploadItem } from './upload-item';

interface SupplementReceiptsProps {
  caseId: string;
  /** The receipt kinds the caseworker asked for; none asked, any file can be sent as "Annat underlag". */
  categories: readonly string[];
}

const headingIdOf = (category: string) => `supplement-receipt-${category}`;

/**
 * In the supplement's last step, before "Skicka komplettering": a place for each receipt kind asked for.
 * The files go to the case as soon as they are chosen, with the kind, as receipts sent after submitting.
 */
export function SupplementReceipts({ caseId, categories }: SupplementReceiptsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const target: AttachmentTarget = { kind: 'case', caseId };
  const files = useCaseAttachments(caseId);
  const uploads = useUploads(target);
  const asked = [...new Set(categories.map((category) => (isReceiptCategory(category) ? category : 'other')))];
  const kinds = asked.length > 0 ? asked : (['other'] as const);
  const filesOf = (category: string): Attachment[] =>
    (files.data?.items ?? []).filter((file) => file.category === category);

  return (
    <section aria-labelledby="supplement-receipts-title">
      <h2 id="supplement-receipts-title">{t('receipts.supplement.title')}</h2>
      <p>{asked.length > 0 ? t('receipts.supplement.intro') : t('receipts.supplement.introOwn')}</p>
      <p className="visually-hidden" role="status">
        {uploads.announcement}
      </p>
      {files.error ? <p role="alert">{problemMessage(files.error, t)}</p> : null}
      {files.data ? null : files.error ? null : <Loading />}
      <ul className="receipt-list">
        {kinds.map((category) => {
          const name = RECEIPT_CATEGORIES[category][language];
          const stored = filesOf(category);
          const sending = uploads.uploads.filter((upload) => upload.category === category);
          return (
            <li key={category} className="receipt">
              <h3 className="receipt__title" id={headingIdOf(category)}>
                {name}
              </h3>
              {stored.length > 0 || sending.length > 0 ? (
                <ul className="file-list" aria-label={t('receipts.filesFor', { purpose: name })}>
                  {stored.map((file) => (
                    <AttachedFile key={file.id} target={target} file={file} removing={false} />
                  ))}
                  {sending.map((upload) => (
                    <UploadItem key={upload.key} upload={upload} onDismiss={() => uploads.dismiss(upload.key)} />
                  ))}
                </ul>
              ) : null}
              <div className="receipt__actions">
                <FilePicker purpose={name} onFiles={(chosen) => uploads.start(chosen, { category })} />
                <FilePicker purpose={name} camera onFiles={(chosen) => uploads.start(chosen, { category })} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
