import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotFoundPage } from '@ebistans/ui';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <NotFoundPage>
      <p>
        <Link to="/">{t('notFound.toStart')}</Link>
      </p>
    </NotFoundPage>
  );
}
