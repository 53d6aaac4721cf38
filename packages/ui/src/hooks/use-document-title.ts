import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Page – Service", so that tabs, history and screen readers announce where the user is. */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const serviceName = t('serviceName');
  useEffect(() => {
    document.title = `${pageTitle} – ${serviceName}`;
  }, [pageTitle, serviceName]);
}
