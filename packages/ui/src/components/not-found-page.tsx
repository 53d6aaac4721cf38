import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../hooks/use-document-title.js';

export function NotFoundPage({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const title = t('ui.notFound.title');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>{t('ui.notFound.text')}</p>
      {children}
    </>
  );
}
