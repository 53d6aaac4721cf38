import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { RECEIPT_CATEGORIES, isReceiptCategory, type Language } from '@ebistans/schema';
import { Loading, formatDateTime, problemMessage, useLanguage } from '@ebistans/ui';
import { HandedOverNotice } from '../../../components/handed-over-notice';
import { useCaseDocuments, type CaseDocument } from '../api/case-documents';
import { DocumentUploadForm } from './document-upload-form';

function categoryText(category: string | null, language: Language, t: TFunction): string {
  if (category && isReceiptCategory(category)) return RECEIPT_CATEGORIES[category][language];
  if (category === 'document' || category === 'scanned_application') return t(`caseDocuments.category.${category}`);
  return t('caseDocuments.category.other');
}

/** Who sent the file and how: with the application or later, with a message, or uploaded by staff. */
function senderText(document: CaseDocument, t: TFunction): string {
  const who = t(`caseDocuments.sender.${document.uploadedBy.kind}`);
  const name = document.uploadedBy.name ? `${document.uploadedBy.name} (${who})` : who;
  return document.messageId ? t('caseDocuments.withMessage', { name }) : name;
}

/**
 * Handlingar: every document of the case from either side, newest last, each opened in the browser's
 * own viewer in a new tab (every open is audit-logged), and the form to add more unless the case is handed over.
 */
export function CaseDocuments({ caseId, handedOver }: { caseId: string; handedOver: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const documents = useCaseDocuments(caseId);
  return (
    <>
      {documents.error ? (
        <p role="alert">{problemMessage(documents.error, t)}</p>
      ) : !documents.data ? (
        <Loading />
      ) : documents.data.items.length === 0 ? (
        <p>{t('caseDocuments.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('caseDocuments.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('caseDocuments.column.file')}</th>
                <th scope="col">{t('caseDocuments.column.category')}</th>
                <th scope="col">{t('caseDocuments.column.sender')}</th>
                <th scope="col">{t('caseDocuments.column.at')}</th>
                <th scope="col">{t('caseDocuments.column.size')}</th>
              </tr>
            </thead>
            <tbody>
              {documents.data.items.map((document) => (
                <tr key={document.id}>
                  <td>
                    <a
                      href={`/api/staff/cases/${caseId}/attachments/${document.id}/content?inline=true`}
                      target="_blank"
                      rel="noopener"
                    >
                      {document.fileName}
                      <span className="visually-hidden"> {t('files.opensInNewTab')}</span>
                    </a>
                  </td>
                  <td>{categoryText(document.category, language, t)}</td>
                  <td>
                    {senderText(document, t)}
                    {document.messageId && document.uploadedBy.kind !== 'applicant' ? (
                      <>
                        <br />
                        {document.applicantDownloadedAt
                          ? t('caseDocuments.downloadedAt', {
                              at: formatDateTime(document.applicantDownloadedAt, language),
                            })
                          : t('caseDocuments.notDownloaded')}
                      </>
                    ) : null}
                  </td>
                  <td>
                    <time dateTime={document.createdAt}>{formatDateTime(document.createdAt, language)}</time>
                  </td>
                  <td>{t('files.size', { kb: Math.max(1, Math.round(document.sizeBytes / 1024)) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {handedOver ? <HandedOverNotice /> : <DocumentUploadForm caseId={caseId} />}
    </>
  );
}
