import { useTranslation } from 'react-i18next';

const documents = [
  'bankStatements',
  'rentNotice',
  'payslips',
  'receipts',
  'medicalCertificate',
  'activityReport',
] as const;

/** The documents an application usually needs, so the applicant can gather them before starting. */
export function WhatToHaveReady() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="have-ready-title">
      <h2 id="have-ready-title">{t('welcome.haveReady.title')}</h2>
      <p>{t('welcome.haveReady.intro')}</p>
      <ul>
        {documents.map((document) => (
          <li key={document}>{t(`welcome.haveReady.${document}`)}</li>
        ))}
      </ul>
      <p>{t('welcome.haveReady.photo')}</p>
    </section>
  );
}
