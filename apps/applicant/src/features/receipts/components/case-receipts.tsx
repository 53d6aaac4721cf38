import { useTranslation } from 'react-i18next';
import { Loading, problemMessage, useLanguage } from '@ebistans/ui';
import { useCaseChecklist } from '../api/get-case-checklist';

/** On the receipt page (kvittens): the receipts still missing and those the person will send later. */
export function CaseReceipts({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const checklist = useCaseChecklist(caseId);
  if (checklist.error) return <p role="alert">{problemMessage(checklist.error, t)}</p>;
  if (!checklist.data) return <Loading />;
  const { items, unmatched } = checklist.data;
  const missing = items.filter((item) => item.status === 'missing');
  const later = items.filter((item) => item.status === 'send_later');
  const files = new Set([...items.flatMap((item) => item.attachments), ...unmatched].map((file) => file.id)).size;
  return (
    <section aria-labelledby="case-receipts-title">
      <h2 id="case-receipts-title">{t('receipts.case.title')}</h2>
      {missing.length === 0 && later.length === 0 ? (
        <p>{t('receipts.case.complete')}</p>
      ) : (
        <>
          <p>{t('receipts.case.intro')}</p>
          {later.length > 0 ? (
            <>
              <h3>{t('receipts.case.laterTitle')}</h3>
              <ul>
                {later.map((item) => (
                  <li key={item.id}>{item.label[language]}</li>
                ))}
              </ul>
            </>
          ) : null}
          {missing.length > 0 ? (
            <>
              <h3>{t('receipts.case.missingTitle')}</h3>
              <ul>
                {missing.map((item) => (
                  <li key={item.id}>{item.label[language]}</li>
                ))}
              </ul>
            </>
          ) : null}
          <p>{t('receipts.case.howToSend')}</p>
        </>
      )}
      {files > 0 ? <p>{t('receipts.case.files', { count: files })}</p> : null}
    </section>
  );
}
