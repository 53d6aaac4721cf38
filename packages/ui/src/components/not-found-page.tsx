import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { HomeLink } from './home-link.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  const title = t('ui.notFound.title');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>{t('ui.notFound.text')}</p>
      <HomeLink />
    </>
  );
}
